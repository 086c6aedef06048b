<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
    <name>TestimoniesScreen</name>
    <message>
        <source>Survivor testimonies</source>
        <translation>Тірі қалғандардың естеліктері</translation>
    </message>
</context>
</TS>
