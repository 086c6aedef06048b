// The memory budget: reads the resident size and asks for a restart once when it is exceeded.
#include <catch2/catch.hpp>

#include "memorybudget.h"

#include <QSignalSpy>

#include <cstring>
#include <memory>

TEST_CASE("The resident size is read and follows what the process touches")
{
    const qint64 before = MemoryBudget::residentBytes();
    REQUIRE(before > 0);
    const size_t size = 64 * 1024 * 1024;
    auto block = std::make_unique<char[]>(size);
    std::memset(block.get(), 1, size);
    const qint64 after = MemoryBudget::residentBytes();
    CHECK(after - before >= qint64(size) * 9 / 10);
    CHECK(block[size - 1] == 1);
}

TEST_CASE("Over the budget: one restart request, logged once")
{
    MemoryBudget budget(1024 * 1024); // 1 MB: any Qt process is over it
    QSignalSpy over(&budget, &MemoryBudget::overBudget);
    CHECK(budget.check());
    CHECK(budget.restartWanted());
    CHECK(budget.check());
    REQUIRE(over.count() == 1);
    CHECK(over.at(0).at(0).toLongLong() > 1024 * 1024);
    CHECK(over.at(0).at(1).toLongLong() == 1024 * 1024);
}

TEST_CASE("Under the budget, or with the budget off, nothing happens")
{
    MemoryBudget generous(64LL * 1024 * 1024 * 1024);
    QSignalSpy over(&generous, &MemoryBudget::overBudget);
    CHECK_FALSE(generous.check());
    CHECK_FALSE(generous.restartWanted());
    MemoryBudget off(0);
    off.start();
    CHECK_FALSE(off.check());
    CHECK(over.isEmpty());
}
