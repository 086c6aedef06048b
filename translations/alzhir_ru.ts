<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Makes the text larger; now at step %1 of %2</source>
        <extracomment>%1 is the step: 0 normal, 1 large, 2 largest.</extracomment>
        <translation>Увеличивает текст; сейчас шаг %1 из %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Shows white text on black</source>
        <translation>Показывает белый текст на чёрном</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <extracomment>Reach mode moves every control into the lower part of the screen, within reach of a seated visitor.</extracomment>
        <translation>Режим досягаемости</translation>
    </message>
    <message>
        <source>Moves every control into the lower part of the screen</source>
        <translation>Перемещает все элементы управления в нижнюю часть экрана</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>On the attract loop, cycling through Kazakh, Russian and English.</extracomment>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
    <message>
        <source>Sample content</source>
        <extracomment>On the attract loop, below "Touch the screen to begin", in the same language.</extracomment>
        <translation>Образец содержимого</translation>
    </message>
</context>
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
        <extracomment>Under the memorial's name on the start screen.</extracomment>
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
        <extracomment>Accessible name of the gallery's previous-photo button.</extracomment>
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
    <name>PinPad</name>
    <message>
        <source>Staff access: enter the PIN</source>
        <extracomment>Title of the staff PIN pad.</extracomment>
        <translation>Вход для сотрудников: введите PIN-код</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>The button that checks the PIN typed on the staff PIN pad.</extracomment>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the staff PIN pad without opening the staff panel.</extracomment>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(ies) before the pad locks for 5 minutes.</source>
        <extracomment>On the staff PIN pad after a wrong PIN; %n is how many tries are left before it locks.</extracomment>
        <translation>
            <numerusform>Неверный PIN-код. Осталась %n попытка, затем панель заблокируется на 5 минут.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попытки, затем панель заблокируется на 5 минут.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попыток, затем панель заблокируется на 5 минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. The pad is locked; try again in %n minute(s).</source>
        <extracomment>On the staff PIN pad after 5 wrong PINs; %n is the number of minutes left.</extracomment>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Панель заблокирована; попробуйте снова через %n минуту.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Панель заблокирована; попробуйте снова через %n минуты.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Панель заблокирована; попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one on the kiosk computer with: sudo alzhir-kiosk --set-pin</source>
        <extracomment>On the staff PIN pad when no PIN was ever set; the command must stay as it is.</extracomment>
        <translation>PIN-код сотрудников не задан. Задайте его на компьютере киоска командой: sudo alzhir-kiosk --set-pin</translation>
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
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <extracomment>Title of the staff panel.</extracomment>
        <translation>Панель сотрудников</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the staff panel and returns to the kiosk.</extracomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Content</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Staff panel button: reads the log again.</extracomment>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Last %1 days: %2 visitor sessions, %3 screens opened, %4 testimonies started, %5 played to the end, %6 name searches. Export them all with: alzhir-kiosk --export-stats FILE.csv</source>
        <extracomment>Staff panel usage page; %1 is the number of days, then the totals.</extracomment>
        <translation>За последние дни (%1): сеансов посетителей — %2, открытых экранов — %3, начатых свидетельств — %4, дослушанных до конца — %5, поисков имён — %6. Выгрузить всё в файл: alzhir-kiosk --export-stats ФАЙЛ.csv</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Volume at the start of each recording</source>
        <extracomment>Staff panel setting: the volume every recording starts at.</extracomment>
        <translation>Громкость в начале каждой записи</translation>
    </message>
    <message>
        <source>Lowest volume visitors can choose</source>
        <extracomment>Staff panel setting.</extracomment>
        <translation>Наименьшая громкость, доступная посетителям</translation>
    </message>
    <message>
        <source>Highest volume visitors can choose</source>
        <extracomment>Staff panel setting.</extracomment>
        <translation>Наибольшая громкость, доступная посетителям</translation>
    </message>
    <message>
        <source>Ask "Are you still here?" after this many seconds without a touch</source>
        <extracomment>Staff panel setting, in seconds.</extracomment>
        <translation>Спрашивать «Вы ещё здесь?», если к экрану не прикасались столько секунд</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds on the staff panel.</extracomment>
        <translation> с</translation>
    </message>
    <message>
        <source>Language for each new visitor</source>
        <extracomment>Staff panel setting: the language each new visitor starts in.</extracomment>
        <translation>Язык для каждого нового посетителя</translation>
    </message>
    <message>
        <source>Test the sound</source>
        <extracomment>Staff panel button: plays a short tone at the chosen volume.</extracomment>
        <translation>Проверить звук</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Staff panel button.</extracomment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Saved. The kiosk uses the new settings from now on.</source>
        <extracomment>Staff panel: the settings were written into the settings file.</extracomment>
        <translation>Сохранено. Киоск уже использует новые настройки.</translation>
    </message>
    <message>
        <source>Could not save the settings file (%1). The new settings hold only until the kiosk restarts; ask the technician to make the file writable.</source>
        <extracomment>Staff panel: the settings file could not be written; %1 says why (technical, in English).</extracomment>
        <translation>Не удалось сохранить файл настроек (%1). Новые настройки действуют только до перезапуска киоска; попросите специалиста разрешить запись в этот файл.</translation>
    </message>
</context>
<context>
    <name>StaffStatusPage</name>
    <message>
        <source>Content folder: %1</source>
        <extracomment>Staff panel: the content folder the kiosk shows.</extracomment>
        <translation>Папка содержимого: %1</translation>
    </message>
    <message>
        <source>Shown since: %1</source>
        <extracomment>Staff panel: when the content on screen was loaded.</extracomment>
        <translation>Показывается с: %1</translation>
    </message>
    <message>
        <source>This is the sample content (placeholders), not the museum's own.</source>
        <extracomment>Staff panel: the content is the placeholder sample.</extracomment>
        <translation>Это образец содержимого (заглушки), а не материалы музея.</translation>
    </message>
    <message>
        <source>New content is ready; it will be shown as soon as nobody is using the kiosk.</source>
        <extracomment>Staff panel: new content was checked and waits.</extracomment>
        <translation>Новое содержимое готово; оно будет показано, как только киоском никто не будет пользоваться.</translation>
    </message>
    <message>
        <source>The content folder cannot be read right now. The kiosk keeps showing the last good content.</source>
        <extracomment>Staff panel: the folder was removed or cannot be read.</extracomment>
        <translation>Папку содержимого сейчас нельзя прочитать. Киоск продолжает показывать последнее исправное содержимое.</translation>
    </message>
    <message>
        <source>Last check: no problems.</source>
        <extracomment>Staff panel: the result of the last content check.</extracomment>
        <translation>Последняя проверка: проблем нет.</translation>
    </message>
    <message>
        <source>Last check: %1 error(s) and %2 warning(s), listed below. With errors, the new content is not shown.</source>
        <extracomment>Staff panel: the result of the last content check; %1 errors, %2 warnings.</extracomment>
        <translation>Последняя проверка: ошибок — %1, предупреждений — %2 (список ниже). При ошибках новое содержимое не показывается.</translation>
    </message>
    <message>
        <source>The settings file %1 has problems (listed below); defaults are used for those settings.</source>
        <extracomment>Staff panel: problems in kiosk.conf; %1 is its path.</extracomment>
        <translation>В файле настроек %1 есть ошибки (список ниже); для этих настроек используются значения по умолчанию.</translation>
    </message>
    <message>
        <source>Check and reload content</source>
        <extracomment>Staff panel button: check the content folder and show it if it is valid.</extracomment>
        <translation>Проверить и перезагрузить содержимое</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <extracomment>Staff panel button; the second text asks to tap again to confirm.</extracomment>
        <translation>Нажмите ещё раз для перезапуска</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Перезапустить киоск</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <extracomment>Staff panel button; the second text asks to tap again to confirm.</extracomment>
        <translation>Нажмите ещё раз для выхода</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Выйти из киоска</translation>
    </message>
</context>
<context>
    <name>StillHerePrompt</name>
    <message>
        <source>Are you still here?</source>
        <extracomment>Asked when nobody has touched the kiosk for a while.</extracomment>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>Touch the screen to continue. In %n second(s) the kiosk starts over for the next visitor.</source>
        <extracomment>Below the countdown on the "Are you still here?" prompt; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Коснитесь экрана, чтобы продолжить. Через %n секунду киоск начнёт всё сначала для следующего посетителя.</numerusform>
            <numerusform>Коснитесь экрана, чтобы продолжить. Через %n секунды киоск начнёт всё сначала для следующего посетителя.</numerusform>
            <numerusform>Коснитесь экрана, чтобы продолжить. Через %n секунд киоск начнёт всё сначала для следующего посетителя.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <extracomment>The button on the "Are you still here?" prompt.</extracomment>
        <translation>Я ещё здесь</translation>
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
    <name>UsageChart</name>
    <message>
        <source>Visitor sessions</source>
        <extracomment>Legend of the staff panel's usage chart.</extracomment>
        <translation>Сеансы посетителей</translation>
    </message>
    <message>
        <source>Testimonies started</source>
        <extracomment>Legend of the staff panel's usage chart.</extracomment>
        <translation>Начатые свидетельства</translation>
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
