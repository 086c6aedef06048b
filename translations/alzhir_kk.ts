<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <extracomment>Under the memorial&apos;s name on the start screen.</extracomment>
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
        <extracomment>Accessible name of the gallery&apos;s previous-photo button.</extracomment>
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
