#include "namefolding.h"

#include <algorithm>

namespace {

bool isApostrophe(QChar c)
{
    // ' ’ ʼ ʹ ` : written inside transliterated names (Dar'ya, Grigor'yevna).
    const char16_t u = c.unicode();
    return u == u'\'' || u == u'\u2019' || u == u'\u02BC' || u == u'\u02B9' || u == u'`';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || isApostrophe(c);
}

} // namespace

QString NameFolding::lower(QStringView word)
{
    return word.toString().toLower();
}

QChar NameFolding::foldCyrillicLetter(QChar letter)
{
    const QChar c = letter.toLower();
    switch (c.unicode()) {
    case u'ё': return QChar(u'е');
    case u'ә': return QChar(u'а');
    case u'ғ': return QChar(u'г');
    case u'қ': return QChar(u'к');
    case u'ң': return QChar(u'н');
    case u'ө': return QChar(u'о');
    case u'ұ': return QChar(u'у');
    case u'ү': return QChar(u'у');
    case u'һ': return QChar(u'х');
    case u'і': return QChar(u'и');
    default: return c;
    }
}

QString NameFolding::foldCyrillic(QStringView word)
{
    // NFC first so that "й" typed as и + combining breve is one letter.
    QString text = word.toString();
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isMark(); }))
        text = text.normalized(QString::NormalizationForm_C);
    for (QChar& c : text)
        c = foldCyrillicLetter(c);
    return text;
}

bool NameFolding::isKazakhLetter(QChar letter)
{
    switch (letter.toLower().unicode()) {
    case u'ә':
    case u'ғ':
    case u'қ':
    case u'ң':
    case u'ө':
    case u'ұ':
    case u'ү':
    case u'һ':
    case u'і':
        return true;
    default:
        return false;
    }
}

bool NameFolding::hasKazakhLetter(QStringView word)
{
    for (QChar c : word) {
        if (isKazakhLetter(c))
            return true;
    }
    return false;
}

bool NameFolding::isCyrillic(QChar letter)
{
    return letter.script() == QChar::Script_Cyrillic;
}

bool NameFolding::hasCyrillic(QStringView word)
{
    for (QChar c : word) {
        if (isCyrillic(c))
            return true;
    }
    return false;
}

QStringList NameFolding::words(QStringView text)
{
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && isWordChar(text.at(i));
        if (inWord && start < 0)
            start = i;
        if (!inWord && start >= 0) {
            QStringView word = text.mid(start, i - start);
            while (!word.isEmpty() && isApostrophe(word.front()))
                word = word.mid(1);
            while (!word.isEmpty() && isApostrophe(word.back()))
                word.chop(1);
            if (!word.isEmpty())
                result.append(word.toString());
            start = -1;
        }
    }
    return result;
}

int NameFolding::letterCount(QStringView word)
{
    int count = 0;
    for (QChar c : word) {
        if (c.isLetter())
            ++count;
    }
    return count;
}
