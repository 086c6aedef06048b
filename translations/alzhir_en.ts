<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ContentNotePage</name>
    <message>
        <source>Before you listen</source>
        <extracomment>Heading of the note shown before a testimony that speaks of hard things.</extracomment>
        <translation>Before you listen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Touch a section to begin</source>
        <extracomment>Under the memorial&apos;s name on the start screen.</extracomment>
        <translation>Touch a section to begin</translation>
    </message>
    <message>
        <source>Survivor testimonies</source>
        <extracomment>Tile and screen title for the recorded memories of survivors and their children.</extracomment>
        <translation>Survivor testimonies</translation>
    </message>
    <message>
        <source>Opens this section</source>
        <translation>Opens this section</translation>
    </message>
</context>
<context>
    <name>JumpBar</name>
    <message>
        <source>Jump to a letter</source>
        <translation>Jump to a letter</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Shows the kiosk in this language</source>
        <translation>Shows the kiosk in this language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sample content</source>
        <extracomment>A discreet mark shown while the kiosk shows placeholder (sample) content.</extracomment>
        <translation>Sample content</translation>
    </message>
</context>
<context>
    <name>NameCard</name>
    <message>
        <source>Record number %1</source>
        <translation>Record number %1</translation>
    </message>
    <message>
        <source>Quote this number at the museum desk to learn more about her.</source>
        <translation>Quote this number at the museum desk to learn more about her.</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Back to the search</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Place of origin</translation>
    </message>
    <message>
        <source>Years in the camp</source>
        <translation>Years in the camp</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Fate</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Latin spelling</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>On the Wall of Memory: panel %1</source>
        <translation>On the Wall of Memory: panel %1</translation>
    </message>
    <message>
        <source>On the Wall of Memory: panel %1, row %2</source>
        <translation>On the Wall of Memory: panel %1, row %2</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the start screen of the kiosk.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>Returns to the start screen</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button that returns to the previous screen.</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Returns to the previous screen</source>
        <translation>Returns to the previous screen</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Delete the last letter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Kazakh letters</source>
        <translation>Kazakh letters</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Russian letters</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Latin letters</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Previous photo</source>
        <extracomment>Accessible name of the gallery&apos;s previous-photo button.</extracomment>
        <translation>Previous photo</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Next photo</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 of %2</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>15 s</source>
        <extracomment>On the buttons that jump 15 seconds back and forward in a recording. Keep it short.</extracomment>
        <translation>15 s</translation>
    </message>
    <message>
        <source>Back 15 seconds</source>
        <translation>Back 15 seconds</translation>
    </message>
    <message>
        <source>Forward 15 seconds</source>
        <translation>Forward 15 seconds</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
</context>
<context>
    <name>PlayerMessageCard</name>
    <message>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>The recording has ended</source>
        <translation>The recording has ended</translation>
    </message>
    <message>
        <source>This recording is unavailable</source>
        <translation>This recording is unavailable</translation>
    </message>
    <message>
        <source>It cannot be played at the moment. Please choose another testimony.</source>
        <translation>It cannot be played at the moment. Please choose another testimony.</translation>
    </message>
</context>
<context>
    <name>PlayerSidePanel</name>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
</context>
<context>
    <name>TestimoniesScreen</name>
    <message>
        <source>Survivor testimonies</source>
        <translation>Survivor testimonies</translation>
    </message>
    <message>
        <source>Language of the recording:</source>
        <translation>Language of the recording:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>No testimonies in this language yet.</source>
        <translation>No testimonies in this language yet.</translation>
    </message>
    <message>
        <source>No testimonies yet.</source>
        <translation>No testimonies yet.</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Recorded in Kazakh</source>
        <translation>Recorded in Kazakh</translation>
    </message>
    <message>
        <source>Recorded in Russian</source>
        <translation>Recorded in Russian</translation>
    </message>
    <message>
        <source>Recorded in English</source>
        <translation>Recorded in English</translation>
    </message>
</context>
<context>
    <name>WallScreen</name>
    <message>
        <source>Wall of Memory</source>
        <translation>Wall of Memory</translation>
    </message>
    <message>
        <source>Type a name: surname, given name or both</source>
        <translation>Type a name: surname, given name or both</translation>
    </message>
    <message>
        <source>Name to search for</source>
        <translation>Name to search for</translation>
    </message>
    <message>
        <source>Names on the Wall of Memory</source>
        <translation>Names on the Wall of Memory</translation>
    </message>
    <message>
        <source>Preparing the list of names…</source>
        <translation>Preparing the list of names…</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) on the Wall of Memory. Type a name, or touch a letter on the right.</source>
        <translation>
            <numerusform>%n name on the Wall of Memory. Type a name, or touch a letter on the right.</numerusform>
            <numerusform>%n names on the Wall of Memory. Type a name, or touch a letter on the right.</numerusform>
        </translation>
    </message>
    <message>
        <source>No name on the list matches “%1”. Perhaps one of these names:</source>
        <translation>No name on the list matches “%1”. Perhaps one of these names:</translation>
    </message>
    <message>
        <source>No name on the list matches “%1”. Try fewer letters, or the surname alone.</source>
        <translation>No name on the list matches “%1”. Try fewer letters, or the surname alone.</translation>
    </message>
    <message>
        <source>The first %1 names that match. Type more letters to find her.</source>
        <translation>The first %1 names that match. Type more letters to find her.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) match.</source>
        <translation>
            <numerusform>%n name matches.</numerusform>
            <numerusform>%n names match.</numerusform>
        </translation>
    </message>
</context>
</TS>
