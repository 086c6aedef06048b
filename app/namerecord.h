#pragma once

#include <QString>

// One row of the Wall of Memory names list (names CSV). All fields but the number are free text
// as staff typed them; empty when the list does not give them.
struct NameRecord
{
    int number = 0; // the record's number to quote at the museum desk (1-based row, or the CSV's own)
    QString surname;
    QString givenName;
    QString patronymic;
    QString birthYear;
    QString origin;
    QString campYears;
    QString fate;
    QString notes;
    QString latin; // optional Latin spelling given by the list
    QString panel; // where the name stands on the physical wall, when known
    QString row;

    QString fullName() const;
};
