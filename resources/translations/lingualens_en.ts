<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>%Ln photo done</numerusform>
            <numerusform>%Ln photos done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform>; %Ln could not be handled: </numerusform>
            <numerusform>; %Ln could not be handled: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %Ln photo</numerusform>
            <numerusform>%1 · %Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>%Ln group of copies. ←/→ go through them, K keeps the selected photo.</numerusform>
            <numerusform>%Ln groups of copies. ←/→ go through them, K keeps the selected photo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>Move the other to the trash</numerusform>
            <numerusform>Move the %Ln others to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln photo moved to the trash.</numerusform>
            <numerusform>%Ln photos moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln photo moved to %1.</numerusform>
            <numerusform>%Ln photos moved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>%Ln photo restored.</numerusform>
            <numerusform>%Ln photos restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::EvalWindow</name>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>%Ln caption longer than the model reads</numerusform>
            <numerusform>%Ln captions longer than the model reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>%Ln image, languages: %1</numerusform>
            <numerusform>%Ln images, languages: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform> — %Ln image not found: show where it is with “Images folder…”.</numerusform>
            <numerusform> — %Ln images not found: show where they are with “Images folder…”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>Encoding %Ln image and its captions…</numerusform>
            <numerusform>Encoding %Ln images and their captions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::IndexWorker</name>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · %Ln file not supported: %1</numerusform>
            <numerusform> · %Ln files not supported: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln file could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</numerusform>
            <numerusform>%Ln files could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
Not connected: its photo is kept and hidden from results until the drive is back, or use Locate…</numerusform>
            <numerusform>%1
Not connected: its %Ln photos are kept and hidden from results until the drive is back, or use Locate…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>Copy path</numerusform>
            <numerusform>Copy %Ln paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>Export %Ln photo to a folder…</numerusform>
            <numerusform>Export %Ln photos to a folder…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>Move %Ln photo to the trash</numerusform>
            <numerusform>Move %Ln photos to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · %Ln s left</numerusform>
            <numerusform> · %Ln s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · %Ln min left</numerusform>
            <numerusform> · %Ln min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>Indexing stopped; everything finished so far is saved. %Ln photo still to do — Library ▸ Resume indexing.</numerusform>
            <numerusform>Indexing stopped; everything finished so far is saved. %Ln photos still to do — Library ▸ Resume indexing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>%Ln path copied.</numerusform>
            <numerusform>%Ln paths copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>Copy %Ln photo to…</numerusform>
            <numerusform>Copy %Ln photos to…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>Copying %Ln photo…</numerusform>
            <numerusform>Copying %Ln photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>%Ln photo copied to %1.</numerusform>
            <numerusform>%Ln photos copied to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>Move %Ln photo to the trash? You can restore it from the trash later.</numerusform>
            <numerusform>Move %Ln photos to the trash? You can restore them from the trash later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln photo moved to the trash.</numerusform>
            <numerusform>%Ln photos moved to the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>%n file did not state a size.</numerusform>
            <numerusform>%n files did not state a size.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>Mean accuracy over %Ln language: %1 with %2, %3 with %4.</numerusform>
            <numerusform>Mean accuracy over %Ln languages: %1 with %2, %3 with %4.</numerusform>
        </translation>
    </message>
</context>
</TS>
