<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Text size</source>
        <translation>Мәтін өлшемі</translation>
    </message>
    <message>
        <source>Makes the text larger; now at step %1 of %2</source>
        <extracomment>%1 is the step: 0 normal, 1 large, 2 largest.</extracomment>
        <translation>Мәтінді үлкейтеді; қазір %2 деңгейдің %1-і</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <source>Shows white text on black</source>
        <translation>Ақ мәтінді қара фонда көрсетеді</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <extracomment>Reach mode moves every control into the lower part of the screen, within reach of a seated visitor.</extracomment>
        <translation>Қолжетімді режим</translation>
    </message>
    <message>
        <source>Moves every control into the lower part of the screen</source>
        <translation>Барлық басқару элементтерін экранның төменгі бөлігіне түсіреді</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>On the attract loop, cycling through Kazakh, Russian and English.</extracomment>
        <translation>Бастау үшін экранды түртіңіз</translation>
    </message>
    <message>
        <source>Sample content</source>
        <extracomment>On the attract loop, below "Touch the screen to begin", in the same language.</extracomment>
        <translation>Үлгі мазмұн</translation>
    </message>
</context>
<context>
    <name>ContentNotePage</name>
    <message>
        <source>Before you listen</source>
        <extracomment>Heading of the note shown before a testimony that speaks of hard things.</extracomment>
        <translation>Тыңдамас бұрын</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Touch a section to begin</source>
        <extracomment>Under the memorial's name on the start screen.</extracomment>
        <translation>Бастау үшін бөлімді түртіңіз</translation>
    </message>
    <message>
        <source>Survivor testimonies</source>
        <extracomment>Tile and screen title for the recorded memories of survivors and their children.</extracomment>
        <translation>Тірі қалғандардың естеліктері</translation>
    </message>
    <message>
        <source>Opens this section</source>
        <translation>Осы бөлімді ашады</translation>
    </message>
</context>
<context>
    <name>JumpBar</name>
    <message>
        <source>Jump to a letter</source>
        <translation>Әріпке өту</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language: %1</source>
        <translation>Тіл: %1</translation>
    </message>
    <message>
        <source>Shows the kiosk in this language</source>
        <translation>Киоскіні осы тілде көрсетеді</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sample content</source>
        <extracomment>A discreet mark shown while the kiosk shows placeholder (sample) content.</extracomment>
        <translation>Үлгі мазмұн</translation>
    </message>
</context>
<context>
    <name>NameCard</name>
    <message>
        <source>Record number %1</source>
        <translation>Жазба нөмірі: %1</translation>
    </message>
    <message>
        <source>Quote this number at the museum desk to learn more about her.</source>
        <translation>Ол туралы толығырақ білу үшін осы нөмірді музейдің анықтама бөлімінде айтыңыз.</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Іздеуге оралу</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Қайдан шыққаны</translation>
    </message>
    <message>
        <source>Years in the camp</source>
        <translation>Лагерьдегі жылдары</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Тағдыры</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>On the Wall of Memory: panel %1</source>
        <translation>Еске алу қабырғасында: %1-тақта</translation>
    </message>
    <message>
        <source>On the Wall of Memory: panel %1, row %2</source>
        <translation>Еске алу қабырғасында: %1-тақта, %2-қатар</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the start screen of the kiosk.</extracomment>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>Бастапқы экранға қайтарады</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button that returns to the previous screen.</extracomment>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Returns to the previous screen</source>
        <translation>Алдыңғы экранға қайтарады</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Соңғы әріпті өшіру</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Іздеуді тазалау</translation>
    </message>
    <message>
        <source>Kazakh letters</source>
        <translation>Қазақ әріптері</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Орыс әріптері</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Латын әріптері</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Previous photo</source>
        <extracomment>Accessible name of the gallery's previous-photo button.</extracomment>
        <translation>Алдыңғы сурет</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Келесі сурет</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>%2 суреттің %1-і</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff access: enter the PIN</source>
        <extracomment>Title of the staff PIN pad.</extracomment>
        <translation>Қызметкерлерге арналған кіру: PIN кодты енгізіңіз</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>The button that checks the PIN typed on the staff PIN pad.</extracomment>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the staff PIN pad without opening the staff panel.</extracomment>
        <translation>Бас тарту</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(ies) before the pad locks for 5 minutes.</source>
        <extracomment>On the staff PIN pad after a wrong PIN; %n is how many tries are left before it locks.</extracomment>
        <translation>
            <numerusform>PIN код қате. Панель 5 минутқа бұғатталғанға дейін тағы %n әрекет қалды.</numerusform>
            <numerusform>PIN код қате. Панель 5 минутқа бұғатталғанға дейін тағы %n әрекет қалды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. The pad is locked; try again in %n minute(s).</source>
        <extracomment>On the staff PIN pad after 5 wrong PINs; %n is the number of minutes left.</extracomment>
        <translation>
            <numerusform>Қате PIN код тым көп рет енгізілді. Панель бұғатталды; %n минуттан кейін қайталап көріңіз.</numerusform>
            <numerusform>Қате PIN код тым көп рет енгізілді. Панель бұғатталды; %n минуттан кейін қайталап көріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one on the kiosk computer with: sudo alzhir-kiosk --set-pin</source>
        <extracomment>On the staff PIN pad when no PIN was ever set; the command must stay as it is.</extracomment>
        <translation>Қызметкерлердің PIN коды орнатылмаған. Оны киоск компьютерінде мына пәрменмен орнатыңыз: sudo alzhir-kiosk --set-pin</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>15 s</source>
        <extracomment>On the buttons that jump 15 seconds back and forward in a recording. Keep it short.</extracomment>
        <translation>15 с</translation>
    </message>
    <message>
        <source>Back 15 seconds</source>
        <translation>15 секунд артқа</translation>
    </message>
    <message>
        <source>Forward 15 seconds</source>
        <translation>15 секунд алға</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Дыбысты азайту</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Дыбысты арттыру</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Субтитрлер</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Бөлімдер</translation>
    </message>
</context>
<context>
    <name>PlayerMessageCard</name>
    <message>
        <source>Play again</source>
        <translation>Қайта ойнату</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <source>The recording has ended</source>
        <translation>Жазба аяқталды</translation>
    </message>
    <message>
        <source>This recording is unavailable</source>
        <translation>Бұл жазба қолжетімсіз</translation>
    </message>
    <message>
        <source>It cannot be played at the moment. Please choose another testimony.</source>
        <translation>Оны қазір ойнату мүмкін емес. Басқа естелікті таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>PlayerSidePanel</name>
    <message>
        <source>Transcript</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Бөлімдер</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <extracomment>Title of the staff panel.</extracomment>
        <translation>Қызметкерлер панелі</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the staff panel and returns to the kiosk.</extracomment>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Content</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Мазмұн</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Пайдалану</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Staff panel button: reads the log again.</extracomment>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Last %1 days: %2 visitor sessions, %3 screens opened, %4 testimonies started, %5 played to the end, %6 name searches. Export them all with: alzhir-kiosk --export-stats FILE.csv</source>
        <extracomment>Staff panel usage page; %1 is the number of days, then the totals.</extracomment>
        <translation>Соңғы күндер (%1): келушілер сеанстары — %2, ашылған экрандар — %3, басталған естеліктер — %4, соңына дейін тыңдалғандары — %5, есім іздеулері — %6. Барлығын файлға шығару: alzhir-kiosk --export-stats ФАЙЛ.csv</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Volume at the start of each recording</source>
        <extracomment>Staff panel setting: the volume every recording starts at.</extracomment>
        <translation>Әр жазбаның басындағы дыбыс деңгейі</translation>
    </message>
    <message>
        <source>Lowest volume visitors can choose</source>
        <extracomment>Staff panel setting.</extracomment>
        <translation>Келушілер таңдай алатын ең төменгі дыбыс деңгейі</translation>
    </message>
    <message>
        <source>Highest volume visitors can choose</source>
        <extracomment>Staff panel setting.</extracomment>
        <translation>Келушілер таңдай алатын ең жоғары дыбыс деңгейі</translation>
    </message>
    <message>
        <source>Ask "Are you still here?" after this many seconds without a touch</source>
        <extracomment>Staff panel setting, in seconds.</extracomment>
        <translation>Экранға осынша секунд ешкім тиіспесе, «Сіз әлі осындасыз ба?» деп сұрау</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds on the staff panel.</extracomment>
        <translation> с</translation>
    </message>
    <message>
        <source>Language for each new visitor</source>
        <extracomment>Staff panel setting: the language each new visitor starts in.</extracomment>
        <translation>Әр жаңа келушіге арналған тіл</translation>
    </message>
    <message>
        <source>Test the sound</source>
        <extracomment>Staff panel button: plays a short tone at the chosen volume.</extracomment>
        <translation>Дыбысты тексеру</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Staff panel button.</extracomment>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Saved. The kiosk uses the new settings from now on.</source>
        <extracomment>Staff panel: the settings were written into the settings file.</extracomment>
        <translation>Сақталды. Киоск енді жаңа баптауларды қолданады.</translation>
    </message>
    <message>
        <source>Could not save the settings file (%1). The new settings hold only until the kiosk restarts; ask the technician to make the file writable.</source>
        <extracomment>Staff panel: the settings file could not be written; %1 says why (technical, in English).</extracomment>
        <translation>Баптаулар файлын сақтау мүмкін болмады (%1). Жаңа баптаулар киоск қайта іске қосылғанға дейін ғана әрекет етеді; файлға жазуға рұқсат беруді техникалық маманнан сұраңыз.</translation>
    </message>
</context>
<context>
    <name>StaffStatusPage</name>
    <message>
        <source>Content folder: %1</source>
        <extracomment>Staff panel: the content folder the kiosk shows.</extracomment>
        <translation>Мазмұн қалтасы: %1</translation>
    </message>
    <message>
        <source>Shown since: %1</source>
        <extracomment>Staff panel: when the content on screen was loaded.</extracomment>
        <translation>Жүктелген уақыты: %1</translation>
    </message>
    <message>
        <source>This is the sample content (placeholders), not the museum's own.</source>
        <extracomment>Staff panel: the content is the placeholder sample.</extracomment>
        <translation>Бұл — мұражайдың өз мазмұны емес, үлгі мазмұн (уақытша толтырғыштар).</translation>
    </message>
    <message>
        <source>New content is ready; it will be shown as soon as nobody is using the kiosk.</source>
        <extracomment>Staff panel: new content was checked and waits.</extracomment>
        <translation>Жаңа мазмұн дайын; киоскіні ешкім пайдаланбай тұрған кезде көрсетіледі.</translation>
    </message>
    <message>
        <source>The content folder cannot be read right now. The kiosk keeps showing the last good content.</source>
        <extracomment>Staff panel: the folder was removed or cannot be read.</extracomment>
        <translation>Мазмұн қалтасын қазір оқу мүмкін емес. Киоск соңғы дұрыс мазмұнды көрсетуді жалғастырады.</translation>
    </message>
    <message>
        <source>Last check: no problems.</source>
        <extracomment>Staff panel: the result of the last content check.</extracomment>
        <translation>Соңғы тексеру: ақау жоқ.</translation>
    </message>
    <message>
        <source>Last check: %1 error(s) and %2 warning(s), listed below. With errors, the new content is not shown.</source>
        <extracomment>Staff panel: the result of the last content check; %1 errors, %2 warnings.</extracomment>
        <translation>Соңғы тексеру: қателер — %1, ескертулер — %2 (тізімі төменде). Қате болса, жаңа мазмұн көрсетілмейді.</translation>
    </message>
    <message>
        <source>The settings file %1 has problems (listed below); defaults are used for those settings.</source>
        <extracomment>Staff panel: problems in kiosk.conf; %1 is its path.</extracomment>
        <translation>%1 баптаулар файлында ақаулар бар (тізімі төменде); ол баптаулар үшін әдепкі мәндер қолданылады.</translation>
    </message>
    <message>
        <source>Check and reload content</source>
        <extracomment>Staff panel button: check the content folder and show it if it is valid.</extracomment>
        <translation>Мазмұнды тексеріп, қайта жүктеу</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <extracomment>Staff panel button; the second text asks to tap again to confirm.</extracomment>
        <translation>Қайта іске қосу үшін тағы басыңыз</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Киоскіні қайта іске қосу</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <extracomment>Staff panel button; the second text asks to tap again to confirm.</extracomment>
        <translation>Шығу үшін тағы басыңыз</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Киосктен шығу</translation>
    </message>
</context>
<context>
    <name>StillHerePrompt</name>
    <message>
        <source>Are you still here?</source>
        <extracomment>Asked when nobody has touched the kiosk for a while.</extracomment>
        <translation>Сіз әлі осындасыз ба?</translation>
    </message>
    <message numerus="yes">
        <source>Touch the screen to continue. In %n second(s) the kiosk starts over for the next visitor.</source>
        <extracomment>Below the countdown on the "Are you still here?" prompt; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Жалғастыру үшін экранды түртіңіз. %n секундтан кейін киоск келесі келуші үшін басынан басталады.</numerusform>
            <numerusform>Жалғастыру үшін экранды түртіңіз. %n секундтан кейін киоск келесі келуші үшін басынан басталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <extracomment>The button on the "Are you still here?" prompt.</extracomment>
        <translation>Мен осындамын</translation>
    </message>
</context>
<context>
    <name>TestimoniesScreen</name>
    <message>
        <source>Survivor testimonies</source>
        <translation>Тірі қалғандардың естеліктері</translation>
    </message>
    <message>
        <source>Language of the recording:</source>
        <translation>Жазба тілі:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>No testimonies in this language yet.</source>
        <translation>Бұл тілде әзірге естеліктер жоқ.</translation>
    </message>
    <message>
        <source>No testimonies yet.</source>
        <translation>Әзірге естеліктер жоқ.</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Recorded in Kazakh</source>
        <translation>Қазақ тілінде жазылған</translation>
    </message>
    <message>
        <source>Recorded in Russian</source>
        <translation>Орыс тілінде жазылған</translation>
    </message>
    <message>
        <source>Recorded in English</source>
        <translation>Ағылшын тілінде жазылған</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Visitor sessions</source>
        <extracomment>Legend of the staff panel's usage chart.</extracomment>
        <translation>Келушілер сеанстары</translation>
    </message>
    <message>
        <source>Testimonies started</source>
        <extracomment>Legend of the staff panel's usage chart.</extracomment>
        <translation>Басталған естеліктер</translation>
    </message>
</context>
<context>
    <name>WallScreen</name>
    <message>
        <source>Wall of Memory</source>
        <translation>Еске алу қабырғасы</translation>
    </message>
    <message>
        <source>Type a name: surname, given name or both</source>
        <translation>Есімді жазыңыз: тегін, атын немесе екеуін де</translation>
    </message>
    <message>
        <source>Name to search for</source>
        <translation>Ізделетін есім</translation>
    </message>
    <message>
        <source>Names on the Wall of Memory</source>
        <translation>Еске алу қабырғасындағы есімдер</translation>
    </message>
    <message>
        <source>Preparing the list of names…</source>
        <translation>Есімдер тізімі дайындалып жатыр…</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) on the Wall of Memory. Type a name, or touch a letter on the right.</source>
        <translation>
            <numerusform>Еске алу қабырғасында %n есім бар. Есімді жазыңыз немесе оң жақтағы әріпті түртіңіз.</numerusform>
            <numerusform>Еске алу қабырғасында %n есім бар. Есімді жазыңыз немесе оң жақтағы әріпті түртіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No name on the list matches “%1”. Perhaps one of these names:</source>
        <translation>Тізімде «%1» деген есім жоқ. Мүмкін, іздегеніңіз мына есімдердің бірі шығар:</translation>
    </message>
    <message>
        <source>No name on the list matches “%1”. Try fewer letters, or the surname alone.</source>
        <translation>Тізімде «%1» деген есім жоқ. Азырақ әріп жазып көріңіз немесе тек тегін жазыңыз.</translation>
    </message>
    <message>
        <source>The first %1 names that match. Type more letters to find her.</source>
        <translation>Сәйкес келетін алғашқы %1 есім. Іздегеніңізді табу үшін тағы әріп жазыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) match.</source>
        <translation>
            <numerusform>%n есім табылды.</numerusform>
            <numerusform>%n есім табылды.</numerusform>
        </translation>
    </message>
</context>
</TS>
