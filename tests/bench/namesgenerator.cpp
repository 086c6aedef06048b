#include "namesgenerator.h"

#include "transliterator.h"

#include <QStringList>

namespace {

// Common women's given names (no one person's name: each is carried by thousands).
const QStringList kazakhGivenNames { QStringLiteral("Айгерім"), QStringLiteral("Әсел"), QStringLiteral("Гүлнар"),
    QStringLiteral("Сәуле"), QStringLiteral("Жанар"), QStringLiteral("Күләш"), QStringLiteral("Ботагөз"),
    QStringLiteral("Бибігүл"), QStringLiteral("Райхан"), QStringLiteral("Зейнеп"), QStringLiteral("Алма"),
    QStringLiteral("Ақмарал"), QStringLiteral("Гүлжан"), QStringLiteral("Нұрсұлу"), QStringLiteral("Сара"),
    QStringLiteral("Халима"), QStringLiteral("Шолпан"), QStringLiteral("Мақпал"), QStringLiteral("Дәмеш"),
    QStringLiteral("Қанипа"), QStringLiteral("Бәтима"), QStringLiteral("Ұлжан"), QStringLiteral("Күлпаш"),
    QStringLiteral("Айша"), QStringLiteral("Рабиға"), QStringLiteral("Зәуре"), QStringLiteral("Гүлсім"),
    QStringLiteral("Балжан"), QStringLiteral("Сәлима"), QStringLiteral("Мағира"), QStringLiteral("Жамал"),
    QStringLiteral("Айнаш"), QStringLiteral("Нағима"), QStringLiteral("Үмітжан"), QStringLiteral("Ханзада"),
    QStringLiteral("Ләйлә"), QStringLiteral("Маржан"), QStringLiteral("Өрік"), QStringLiteral("Іңкәр"),
    QStringLiteral("Шәрбану") };
const QStringList russianGivenNames { QStringLiteral("Мария"), QStringLiteral("Елена"), QStringLiteral("Анна"),
    QStringLiteral("Ольга"), QStringLiteral("Татьяна"), QStringLiteral("Наталья"), QStringLiteral("Екатерина"),
    QStringLiteral("Евгения"), QStringLiteral("Юлия"), QStringLiteral("Софья"), QStringLiteral("Вера"),
    QStringLiteral("Надежда"), QStringLiteral("Любовь"), QStringLiteral("Ксения"), QStringLiteral("Александра"),
    QStringLiteral("Валентина"), QStringLiteral("Галина"), QStringLiteral("Зинаида"), QStringLiteral("Антонина"),
    QStringLiteral("Дарья"), QStringLiteral("Фаина"), QStringLiteral("Полина"), QStringLiteral("Раиса"),
    QStringLiteral("Лидия"), QStringLiteral("Клавдия"), QStringLiteral("Евдокия"), QStringLiteral("Серафима"),
    QStringLiteral("Таисия"), QStringLiteral("Ирина"), QStringLiteral("Людмила"), QStringLiteral("Варвара"),
    QStringLiteral("Алёна"), QStringLiteral("Фёкла"), QStringLiteral("Ядвига"), QStringLiteral("Эмма"),
    QStringLiteral("Нина"), QStringLiteral("Ангелина"), QStringLiteral("Юзефа"), QStringLiteral("Майя"),
    QStringLiteral("Берта") };
// Men's names in the forms patronymics are made from.
const QStringList russianPatronymics { QStringLiteral("Ивановна"), QStringLiteral("Петровна"),
    QStringLiteral("Сергеевна"), QStringLiteral("Николаевна"), QStringLiteral("Алексеевна"),
    QStringLiteral("Михайловна"), QStringLiteral("Фёдоровна"), QStringLiteral("Григорьевна"),
    QStringLiteral("Васильевна"), QStringLiteral("Андреевна"), QStringLiteral("Дмитриевна"),
    QStringLiteral("Юрьевна"), QStringLiteral("Ильинична"), QStringLiteral("Яковлевна"), QStringLiteral("Павловна"),
    QStringLiteral("Степановна"), QStringLiteral("Матвеевна"), QStringLiteral("Осиповна"), QStringLiteral("Львовна"),
    QStringLiteral("Захаровна") };
const QStringList kazakhFathers { QStringLiteral("Серік"), QStringLiteral("Жұмабай"), QStringLiteral("Қасым"),
    QStringLiteral("Ахмет"), QStringLiteral("Төлеген"), QStringLiteral("Мұхтар"), QStringLiteral("Сейіт"),
    QStringLiteral("Ораз"), QStringLiteral("Нұрлан"), QStringLiteral("Ғалым"), QStringLiteral("Әбіл"),
    QStringLiteral("Тұрар"), QStringLiteral("Жан"), QStringLiteral("Қанат"), QStringLiteral("Бейсен"),
    QStringLiteral("Үсен"), QStringLiteral("Ерлан"), QStringLiteral("Дәулет"), QStringLiteral("Шәріп"),
    QStringLiteral("Ыбырай") };
// Syllables the surnames are made of (made up, not taken from any list of people).
const QStringList kazakhRoots { QStringLiteral("Жұма"), QStringLiteral("Қасы"), QStringLiteral("Төле"),
    QStringLiteral("Ерке"), QStringLiteral("Бай"), QStringLiteral("Сей"), QStringLiteral("Нұр"),
    QStringLiteral("Әби"), QStringLiteral("Ораз"), QStringLiteral("Тұр"), QStringLiteral("Дос"),
    QStringLiteral("Қара"), QStringLiteral("Ақ"), QStringLiteral("Сәр"), QStringLiteral("Жан"),
    QStringLiteral("Бек"), QStringLiteral("Ұлы"), QStringLiteral("Шал"), QStringLiteral("Құл"),
    QStringLiteral("Мұқа"), QStringLiteral("Ыды"), QStringLiteral("Рыс"), QStringLiteral("Өте"),
    QStringLiteral("Ғали"), QStringLiteral("Һам"), QStringLiteral("Іле"), QStringLiteral("Есен"),
    QStringLiteral("Тоқ"), QStringLiteral("Күн"), QStringLiteral("Мәр") };
const QStringList kazakhMiddles { QStringLiteral("ба"), QStringLiteral("мұ"), QStringLiteral("тай"),
    QStringLiteral("ке"), QStringLiteral("сы"), QStringLiteral("бол"), QStringLiteral("ғұл"), QStringLiteral("жан"),
    QStringLiteral("кен"), QStringLiteral("тар"), QStringLiteral("нә"), QStringLiteral("ды"), QStringLiteral("шев"),
    QStringLiteral("ім"), QStringLiteral("қар"), QStringLiteral("") };
const QStringList kazakhEndings { QStringLiteral("ева"), QStringLiteral("ова"), QStringLiteral("ина"),
    QStringLiteral("бекова"), QStringLiteral("баева"), QStringLiteral("қызы") };
const QStringList russianRoots { QStringLiteral("Бел"), QStringLiteral("Сок"), QStringLiteral("Вор"),
    QStringLiteral("Гра"), QStringLiteral("Дуб"), QStringLiteral("Лип"), QStringLiteral("Мор"), QStringLiteral("Сне"),
    QStringLiteral("Зим"), QStringLiteral("Кле"), QStringLiteral("Рыб"), QStringLiteral("Пес"), QStringLiteral("Кол"),
    QStringLiteral("Тих"), QStringLiteral("Шир"), QStringLiteral("Щег"), QStringLiteral("Хол"),
    QStringLiteral("Цвет"), QStringLiteral("Жур"), QStringLiteral("Чер"), QStringLiteral("Яст"), QStringLiteral("Юр"),
    QStringLiteral("Ёлк"), QStringLiteral("Луг"), QStringLiteral("Ряб"), QStringLiteral("Пол") };
const QStringList russianMiddles { QStringLiteral("ов"), QStringLiteral("ан"), QStringLiteral("ин"),
    QStringLiteral("ен"), QStringLiteral("ник"), QStringLiteral("ав"), QStringLiteral("ел"), QStringLiteral("уш"),
    QStringLiteral("ич"), QStringLiteral("") };
const QStringList russianEndings { QStringLiteral("ова"), QStringLiteral("ева"), QStringLiteral("ина"),
    QStringLiteral("ская"), QStringLiteral("цкая"), QStringLiteral("ёва"), QStringLiteral("ая") };
// Places, plainly labelled as samples.
const QStringList kazakhPlaces { QStringLiteral("Үлгі ауылы"), QStringLiteral("Сынақ ауданы"),
    QStringLiteral("Үлгі қаласы"), QStringLiteral("Сынақ ауылы") };
const QStringList russianPlaces { QStringLiteral("Образец-город"), QStringLiteral("село Примерное"),
    QStringLiteral("Тестовый район"), QStringLiteral("посёлок Образцовый") };

QByteArray csvField(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace

NamesGenerator::NamesGenerator(quint32 seed)
    : m_random(seed)
{
}

const QString& NamesGenerator::sampleNote()
{
    static const QString note = QStringLiteral("Sample record, not a real person");
    return note;
}

template <typename List>
const auto& NamesGenerator::pick(const List& list)
{
    return list.at(qsizetype(m_random.bounded(quint32(list.size()))));
}

QString NamesGenerator::kazakhSurname()
{
    QString surname = pick(kazakhRoots) + pick(kazakhMiddles);
    const QString& ending = pick(kazakhEndings);
    if (ending.startsWith(QStringLiteral("қызы")))
        return surname + ending; // Kazakh form without a Russian suffix
    const bool vowelMeetsVowel = QStringView(u"аеиоыәөұүій").contains(surname.back())
        && QStringView(u"аеиоё").contains(ending.front());
    if (vowelMeetsVowel)
        surname.chop(1);
    return surname + ending;
}

QString NamesGenerator::russianSurname()
{
    QString surname = pick(russianRoots) + pick(russianMiddles) + pick(russianEndings);
    surname[0] = surname.at(0).toUpper();
    return surname;
}

NameRecord NamesGenerator::kazakhName()
{
    NameRecord record;
    record.surname = kazakhSurname();
    record.givenName = pick(kazakhGivenNames);
    const QString& father = pick(kazakhFathers);
    if (m_random.bounded(3) > 0)
        record.patronymic = father + QStringLiteral("қызы");
    else if (father.endsWith(QChar(u'й')))
        record.patronymic = father.chopped(1) + QStringLiteral("евна"); // Жұмабай -> Жұмабаевна
    else
        record.patronymic = father + QStringLiteral("овна");
    record.origin = pick(kazakhPlaces);
    return record;
}

NameRecord NamesGenerator::russianName()
{
    NameRecord record;
    record.surname = russianSurname();
    record.givenName = pick(russianGivenNames);
    record.patronymic = pick(russianPatronymics);
    record.origin = pick(russianPlaces);
    return record;
}

QVector<NameRecord> NamesGenerator::generate(int count, int firstNumber, double located)
{
    QVector<NameRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        NameRecord record = m_random.bounded(10) < 6 ? kazakhName() : russianName();
        record.number = firstNumber + i;
        const int born = 1880 + int(m_random.bounded(40));
        record.birthYear = QString::number(born);
        const int arrived = 1938 + int(m_random.bounded(3));
        record.campYears = QStringLiteral("%1–%2").arg(arrived).arg(arrived + 1 + int(m_random.bounded(8)));
        record.notes = sampleNote();
        if (m_random.bounded(10) < 3) {
            record.latin = Transliterator::toLatin(QString(record.surname + QLatin1Char(' ') + record.givenName),
                Transliterator::Scheme::English);
        }
        if (m_random.generateDouble() < located) {
            record.panel = QString::number(1 + m_random.bounded(40));
            record.row = QString::number(1 + m_random.bounded(30));
        }
        records.append(std::move(record));
    }
    return records;
}

QByteArray NamesGenerator::toCsv(const QVector<NameRecord>& records)
{
    QByteArray csv = "number,surname,given_name,patronymic,birth_year,origin,camp_years,fate,notes,latin,panel,row\n";
    for (const NameRecord& r : records) {
        const QString fields[] = { QString::number(r.number), r.surname, r.givenName, r.patronymic, r.birthYear,
            r.origin, r.campYears, r.fate, r.notes, r.latin, r.panel, r.row };
        for (int i = 0; i < 12; ++i) {
            if (i > 0)
                csv += ',';
            csv += csvField(fields[i]);
        }
        csv += '\n';
    }
    return csv;
}
