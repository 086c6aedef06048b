<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Makes the text larger; now at step %1 of %2</source>
        <extracomment>%1 is the step: 0 normal, 1 large, 2 largest.</extracomment>
        <translation>Makes the text larger; now at step %1 of %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Shows white text on black</source>
        <translation>Shows white text on black</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <extracomment>Reach mode moves every control into the lower part of the screen, within reach of a seated visitor.</extracomment>
        <translation>Reach mode</translation>
    </message>
    <message>
        <source>Moves every control into the lower part of the screen</source>
        <translation>Moves every control into the lower part of the screen</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>On the attract loop, cycling through Kazakh, Russian and English.</extracomment>
        <translation>Touch the screen to begin</translation>
    </message>
    <message>
        <source>Sample content</source>
        <extracomment>On the attract loop, below "Touch the screen to begin", in the same language.</extracomment>
        <translation>Sample content</translation>
    </message>
</context>
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
        <extracomment>Under the memorial's name on the start screen.</extracomment>
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
        <extracomment>Accessible name of the gallery's previous-photo button.</extracomment>
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
    <name>PinPad</name>
    <message>
        <source>Staff access: enter the PIN</source>
        <extracomment>Title of the staff PIN pad.</extracomment>
        <translation>Staff access: enter the PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>The button that checks the PIN typed on the staff PIN pad.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the staff PIN pad without opening the staff panel.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(ies) before the pad locks for 5 minutes.</source>
        <extracomment>On the staff PIN pad after a wrong PIN; %n is how many tries are left before it locks.</extracomment>
        <translation>
            <numerusform>Wrong PIN. %n more try before the pad locks for 5 minutes.</numerusform>
            <numerusform>Wrong PIN. %n more tries before the pad locks for 5 minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. The pad is locked; try again in %n minute(s).</source>
        <extracomment>On the staff PIN pad after 5 wrong PINs; %n is the number of minutes left.</extracomment>
        <translation>
            <numerusform>Too many wrong PINs. The pad is locked; try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. The pad is locked; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one on the kiosk computer with: sudo alzhir-kiosk --set-pin</source>
        <extracomment>On the staff PIN pad when no PIN was ever set; the command must stay as it is.</extracomment>
        <translation>No staff PIN is set. Set one on the kiosk computer with: sudo alzhir-kiosk --set-pin</translation>
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
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <extracomment>Title of the staff panel.</extracomment>
        <translation>Staff panel</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the staff panel and returns to the kiosk.</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Content</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Content</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>Staff panel tab.</extracomment>
        <translation>Log</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Staff panel button: reads the log again.</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Last %1 days: %2 visitor sessions, %3 screens opened, %4 testimonies started, %5 played to the end, %6 name searches. Export them all with: alzhir-kiosk --export-stats FILE.csv</source>
        <extracomment>Staff panel usage page; %1 is the number of days, then the totals.</extracomment>
        <translation>Last %1 days: %2 visitor sessions, %3 screens opened, %4 testimonies started, %5 played to the end, %6 name searches. Export them all with: alzhir-kiosk --export-stats FILE.csv</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Volume at the start of each recording</source>
        <extracomment>Staff panel setting: the volume every recording starts at.</extracomment>
        <translation>Volume at the start of each recording</translation>
    </message>
    <message>
        <source>Lowest volume visitors can choose</source>
        <extracomment>Staff panel setting.</extracomment>
        <translation>Lowest volume visitors can choose</translation>
    </message>
    <message>
        <source>Highest volume visitors can choose</source>
        <extracomment>Staff panel setting.</extracomment>
        <translation>Highest volume visitors can choose</translation>
    </message>
    <message>
        <source>Ask "Are you still here?" after this many seconds without a touch</source>
        <extracomment>Staff panel setting, in seconds.</extracomment>
        <translation>Ask "Are you still here?" after this many seconds without a touch</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds on the staff panel.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Language for each new visitor</source>
        <extracomment>Staff panel setting: the language each new visitor starts in.</extracomment>
        <translation>Language for each new visitor</translation>
    </message>
    <message>
        <source>Test the sound</source>
        <extracomment>Staff panel button: plays a short tone at the chosen volume.</extracomment>
        <translation>Test the sound</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Staff panel button.</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved. The kiosk uses the new settings from now on.</source>
        <extracomment>Staff panel: the settings were written into the settings file.</extracomment>
        <translation>Saved. The kiosk uses the new settings from now on.</translation>
    </message>
    <message>
        <source>Could not save the settings file (%1). The new settings hold only until the kiosk restarts; ask the technician to make the file writable.</source>
        <extracomment>Staff panel: the settings file could not be written; %1 says why (technical, in English).</extracomment>
        <translation>Could not save the settings file (%1). The new settings hold only until the kiosk restarts; ask the technician to make the file writable.</translation>
    </message>
</context>
<context>
    <name>StaffStatusPage</name>
    <message>
        <source>Content folder: %1</source>
        <extracomment>Staff panel: the content folder the kiosk shows.</extracomment>
        <translation>Content folder: %1</translation>
    </message>
    <message>
        <source>Shown since: %1</source>
        <extracomment>Staff panel: when the content on screen was loaded.</extracomment>
        <translation>Shown since: %1</translation>
    </message>
    <message>
        <source>This is the sample content (placeholders), not the museum's own.</source>
        <extracomment>Staff panel: the content is the placeholder sample.</extracomment>
        <translation>This is the sample content (placeholders), not the museum's own.</translation>
    </message>
    <message>
        <source>New content is ready; it will be shown as soon as nobody is using the kiosk.</source>
        <extracomment>Staff panel: new content was checked and waits.</extracomment>
        <translation>New content is ready; it will be shown as soon as nobody is using the kiosk.</translation>
    </message>
    <message>
        <source>The content folder cannot be read right now. The kiosk keeps showing the last good content.</source>
        <extracomment>Staff panel: the folder was removed or cannot be read.</extracomment>
        <translation>The content folder cannot be read right now. The kiosk keeps showing the last good content.</translation>
    </message>
    <message>
        <source>Last check: no problems.</source>
        <extracomment>Staff panel: the result of the last content check.</extracomment>
        <translation>Last check: no problems.</translation>
    </message>
    <message>
        <source>Last check: %1 error(s) and %2 warning(s), listed below. With errors, the new content is not shown.</source>
        <extracomment>Staff panel: the result of the last content check; %1 errors, %2 warnings.</extracomment>
        <translation>Last check: %1 error(s) and %2 warning(s), listed below. With errors, the new content is not shown.</translation>
    </message>
    <message>
        <source>The settings file %1 has problems (listed below); defaults are used for those settings.</source>
        <extracomment>Staff panel: problems in kiosk.conf; %1 is its path.</extracomment>
        <translation>The settings file %1 has problems (listed below); defaults are used for those settings.</translation>
    </message>
    <message>
        <source>Check and reload content</source>
        <extracomment>Staff panel button: check the content folder and show it if it is valid.</extracomment>
        <translation>Check and reload content</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <extracomment>Staff panel button; the second text asks to tap again to confirm.</extracomment>
        <translation>Tap again to restart</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Restart the kiosk</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <extracomment>Staff panel button; the second text asks to tap again to confirm.</extracomment>
        <translation>Tap again to exit</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Exit the kiosk</translation>
    </message>
</context>
<context>
    <name>StillHerePrompt</name>
    <message>
        <source>Are you still here?</source>
        <extracomment>Asked when nobody has touched the kiosk for a while.</extracomment>
        <translation>Are you still here?</translation>
    </message>
    <message numerus="yes">
        <source>Touch the screen to continue. In %n second(s) the kiosk starts over for the next visitor.</source>
        <extracomment>Below the countdown on the "Are you still here?" prompt; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Touch the screen to continue. In %n second the kiosk starts over for the next visitor.</numerusform>
            <numerusform>Touch the screen to continue. In %n seconds the kiosk starts over for the next visitor.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <extracomment>The button on the "Are you still here?" prompt.</extracomment>
        <translation>I am still here</translation>
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
    <name>UsageChart</name>
    <message>
        <source>Visitor sessions</source>
        <extracomment>Legend of the staff panel's usage chart.</extracomment>
        <translation>Visitor sessions</translation>
    </message>
    <message>
        <source>Testimonies started</source>
        <extracomment>Legend of the staff panel's usage chart.</extracomment>
        <translation>Testimonies started</translation>
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
