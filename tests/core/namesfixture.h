#pragma once

#include "namerecord.h"

#include <QVector>

// A small hand-made names list for the search tests. The names are invented test data (common
// given names and patronymics with made-up or very common surnames), not people from the camp.
namespace NamesFixture {

inline NameRecord name(int number, const char* surname, const char* given, const char* patronymic,
    const char* latin = "")
{
    NameRecord record;
    record.number = number;
    record.surname = QString::fromUtf8(surname);
    record.givenName = QString::fromUtf8(given);
    record.patronymic = QString::fromUtf8(patronymic);
    record.latin = QString::fromUtf8(latin);
    record.notes = QStringLiteral("Test record, not a real person");
    return record;
}

inline QVector<NameRecord> records()
{
    return {
        name(1, "Жұмабаева", "Айгерім", "Серікқызы", "Zhumabayeva Aigerim"),
        name(2, "Жумабаева", "Айгерим", "Сериковна"),
        name(3, "Қасымова", "Әсел", "Төлегенқызы"),
        name(4, "Фёдорова", "Елена", "Сергеевна"),
        name(5, "Алиева", "Мария", "Григорьевна"),
        name(6, "Маковская", "Наталья", "Юрьевна"),
        name(7, "Цветкова", "Юлия", "Ильинична"),
        name(8, "Щербакова", "Дарья", "Васильевна"),
        name(9, "Ыдырысова", "Гүлнар", "Жанқызы"),
        name(10, "Хасанова", "Зейнеп", "Ахметовна"),
        name(11, "Джаксыбекова", "Жамиля", "Оразовна"),
        name(12, "Үсенова", "Бибігүл", "Оразқызы"),
        name(13, "Өтегенова", "Сәуле", "Нұрланқызы"),
        name(14, "Ғалиева", "Райхан", "Ғалымқызы"),
        name(15, "Иванова", "Анна", "Ивановна"),
        name(16, "Ким", "Анна", "Николаевна"),
        name(17, "Кимова", "Ольга", "Петровна"),
        name(18, "Ерланова", "Ботагөз", "Ерланқызы"),
        name(19, "Яковлева", "Евгения", "Алексеевна"),
        name(20, "Юсупова", "Фаина", "Осиповна"),
        name(21, "Соколовская", "Таисия", "Михайловна"),
        name(22, "Нұрпейісова", "Шолпан", "Қанатқызы"),
        name(23, "Ахметова", "Халима", ""),
        name(25, "Әбдірахманова", "Күләш", "Бейсенқызы"),
        name(26, "Бейсенова", "Мәншүк", "Әбілқызы"),
        name(27, "Рысқұлова", "Алма", "Тұрарқызы"),
        name(28, "Ли", "Вера", "Ивановна"),
        name(29, "Ольшанская", "Ирина", "Фёдоровна"),
        name(30, "Шәріпова", "Ақмарал", "Дәулетқызы"),
        name(31, "Тоқтарова", "Айгерім", "Жұмабайқызы"),
        name(32, "Чернышёва", "Зинаида", "Ивановна"),
        name(33, "Алеева", "Роза", "Петровна"),
        name(34, "Ісләмова", "Гүлнар", "Сейітқызы"),
    };
}

} // namespace NamesFixture
