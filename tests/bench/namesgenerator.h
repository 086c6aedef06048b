#pragma once

#include "namerecord.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QVector>

// Synthetic, plainly placeholder names lists for the sample content, the tests and alzhir-bench.
// Kazakh and Russian name patterns: common women's given names, patronymics from common men's
// names, and surnames made up from syllables. Every row's notes say it is a sample record, not a
// real person; places are labelled as samples too. The same seed gives the same list.
class NamesGenerator
{
public:
    explicit NamesGenerator(quint32 seed = 1938);

    // `count` records numbered from `firstNumber`; about `located` of them (0..1) get a wall panel and row.
    QVector<NameRecord> generate(int count, int firstNumber = 1, double located = 0.4);

    // The names list CSV of media/README.md (header row, UTF-8, RFC 4180 quoting).
    static QByteArray toCsv(const QVector<NameRecord>& records);

    static const QString& sampleNote();

private:
    NameRecord kazakhName();
    NameRecord russianName();
    QString kazakhSurname();
    QString russianSurname();
    template <typename List> const auto& pick(const List& list);

    QRandomGenerator m_random;
};
