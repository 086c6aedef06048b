#pragma once

#include <QString>
#include <QTemporaryDir>

#include <functional>

// Helpers shared by the tests.
namespace TestSupport {

// A private XDG_RUNTIME_DIR (Qt warns without one); call before the application object exists.
void prepareEnvironment();

// The sample content shipped in media/.
QString sampleContentDir();
// A folder with test files (tests/data).
QString dataDir();

// Copies the sample content into `target` (a temporary folder) so that a test can break it.
bool copySampleContent(const QString& target);
bool copyDir(const QString& from, const QString& to);

// Runs the event loop until `condition` is true or `timeoutMs` passes; returns the condition.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000);

} // namespace TestSupport
