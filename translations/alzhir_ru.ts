<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ContentNotePage</name>
    <message>
        <source>Before you listen</source>
        <extracomment>Heading of the note shown before a testimony that speaks of hard things.</extracomment>
        <translation>Прежде чем слушать</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Touch a section to begin</source>
        <extracomment>Under the memorial&apos;s name on the start screen.</extracomment>
        <translation>Коснитесь раздела, чтобы начать</translation>
    </message>
    <message>
        <source>Survivor testimonies</source>
        <extracomment>Tile and screen title for the recorded memories of survivors and their children.</extracomment>
        <translation>Свидетельства выживших</translation>
    </message>
    <message>
        <source>Opens this section</source>
        <translation>Открывает этот раздел</translation>
    </message>
</context>
<context>
    <name>JumpBar</name>
    <message>
        <source>Jump to a letter</source>
        <translation>Перейти к букве</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Shows the kiosk in this language</source>
        <translation>Показывает киоск на этом языке</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sample content</source>
        <extracomment>A discreet mark shown while the kiosk shows placeholder (sample) content.</extracomment>
        <translation>Образец содержимого</translation>
    </message>
</context>
<context>
    <name>NameCard</name>
    <message>
        <source>Record number %1</source>
        <translation>Номер записи: %1</translation>
    </message>
    <message>
        <source>Quote this number at the museum desk to learn more about her.</source>
        <translation>Назовите этот номер в справочной музея, чтобы узнать о ней больше.</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Назад к поиску</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Откуда родом</translation>
    </message>
    <message>
        <source>Years in the camp</source>
        <translation>Годы в лагере</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Судьба</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Написание латиницей</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>On the Wall of Memory: panel %1</source>
        <translation>На Стене памяти: панель %1</translation>
    </message>
    <message>
        <source>On the Wall of Memory: panel %1, row %2</source>
        <translation>На Стене памяти: панель %1, ряд %2</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the start screen of the kiosk.</extracomment>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>Возвращает на начальный экран</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button that returns to the previous screen.</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Returns to the previous screen</source>
        <translation>Возвращает на предыдущий экран</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Стереть последнюю букву</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Kazakh letters</source>
        <translation>Казахские буквы</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Русские буквы</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Латинские буквы</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Previous photo</source>
        <extracomment>Accessible name of the gallery&apos;s previous-photo button.</extracomment>
        <translation>Предыдущее фото</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Следующее фото</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Фото %1 из %2</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>15 s</source>
        <extracomment>On the buttons that jump 15 seconds back and forward in a recording. Keep it short.</extracomment>
        <translation>15 с</translation>
    </message>
    <message>
        <source>Back 15 seconds</source>
        <translation>Назад на 15 секунд</translation>
    </message>
    <message>
        <source>Forward 15 seconds</source>
        <translation>Вперёд на 15 секунд</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тише</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Громче</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Части</translation>
    </message>
</context>
<context>
    <name>PlayerMessageCard</name>
    <message>
        <source>Play again</source>
        <translation>Воспроизвести снова</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>К списку</translation>
    </message>
    <message>
        <source>The recording has ended</source>
        <translation>Запись закончилась</translation>
    </message>
    <message>
        <source>This recording is unavailable</source>
        <translation>Эта запись недоступна</translation>
    </message>
    <message>
        <source>It cannot be played at the moment. Please choose another testimony.</source>
        <translation>Сейчас её нельзя воспроизвести. Пожалуйста, выберите другое свидетельство.</translation>
    </message>
</context>
<context>
    <name>PlayerSidePanel</name>
    <message>
        <source>Transcript</source>
        <translation>Текст записи</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Части</translation>
    </message>
</context>
<context>
    <name>TestimoniesScreen</name>
    <message>
        <source>Survivor testimonies</source>
        <translation>Свидетельства выживших</translation>
    </message>
    <message>
        <source>Language of the recording:</source>
        <translation>Язык записи:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>No testimonies in this language yet.</source>
        <translation>На этом языке свидетельств пока нет.</translation>
    </message>
    <message>
        <source>No testimonies yet.</source>
        <translation>Свидетельств пока нет.</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Recorded in Kazakh</source>
        <translation>Запись на казахском</translation>
    </message>
    <message>
        <source>Recorded in Russian</source>
        <translation>Запись на русском</translation>
    </message>
    <message>
        <source>Recorded in English</source>
        <translation>Запись на английском</translation>
    </message>
</context>
<context>
    <name>WallScreen</name>
    <message>
        <source>Wall of Memory</source>
        <translation>Стена памяти</translation>
    </message>
    <message>
        <source>Type a name: surname, given name or both</source>
        <translation>Введите фамилию, имя или и то и другое</translation>
    </message>
    <message>
        <source>Name to search for</source>
        <translation>Имя для поиска</translation>
    </message>
    <message>
        <source>Names on the Wall of Memory</source>
        <translation>Имена на Стене памяти</translation>
    </message>
    <message>
        <source>Preparing the list of names…</source>
        <translation>Готовим список имён…</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) on the Wall of Memory. Type a name, or touch a letter on the right.</source>
        <translation>
            <numerusform>На Стене памяти %n имя. Введите имя или коснитесь буквы справа.</numerusform>
            <numerusform>На Стене памяти %n имени. Введите имя или коснитесь буквы справа.</numerusform>
            <numerusform>На Стене памяти %n имён. Введите имя или коснитесь буквы справа.</numerusform>
        </translation>
    </message>
    <message>
        <source>No name on the list matches “%1”. Perhaps one of these names:</source>
        <translation>В списке нет имени «%1». Возможно, вы ищете одно из этих имён:</translation>
    </message>
    <message>
        <source>No name on the list matches “%1”. Try fewer letters, or the surname alone.</source>
        <translation>В списке нет имени «%1». Попробуйте ввести меньше букв или только фамилию.</translation>
    </message>
    <message>
        <source>The first %1 names that match. Type more letters to find her.</source>
        <translation>Первые %1 подходящих имён. Введите ещё несколько букв, чтобы найти её.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) match.</source>
        <translation>
            <numerusform>Найдено %n имя.</numerusform>
            <numerusform>Найдено %n имени.</numerusform>
            <numerusform>Найдено %n имён.</numerusform>
        </translation>
    </message>
</context>
</TS>
