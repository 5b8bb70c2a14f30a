<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 hittades inte.</translation>
    </message>
    <message>
        <source>Something needed was not found.</source>
        <translation>Något som behövs hittades inte.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (permissions, a full disk or a removed drive?).</source>
        <translation>%1 kunde inte läsas eller skrivas (behörigheter, full disk eller en borttagen enhet?).</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>En fil kunde inte läsas eller skrivas.</translation>
    </message>
    <message>
        <source>%1 is damaged, or is not what its name says.</source>
        <translation>%1 är skadad eller inte vad namnet säger.</translation>
    </message>
    <message>
        <source>A file is damaged.</source>
        <translation>En fil är skadad.</translation>
    </message>
    <message>
        <source>%1 is in a form LinguaLens cannot read.</source>
        <translation>%1 är i en form som LinguaLens inte kan läsa.</translation>
    </message>
    <message>
        <source>This is in a form LinguaLens cannot read.</source>
        <translation>Det här är i en form som LinguaLens inte kan läsa.</translation>
    </message>
    <message>
        <source>These model files do not belong together.</source>
        <translation>De här modellfilerna hör inte ihop.</translation>
    </message>
    <message>
        <source>%1 is too large to open safely.</source>
        <translation>%1 är för stor för att öppnas säkert.</translation>
    </message>
    <message>
        <source>This is too large to open safely.</source>
        <translation>Det här är för stort för att öppnas säkert.</translation>
    </message>
    <message>
        <source>Another program is working on this library; try again when it has finished.</source>
        <translation>Ett annat program arbetar med det här biblioteket; försök igen när det är klart.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppad.</translation>
    </message>
    <message>
        <source>This cannot be done as asked.</source>
        <translation>Det går inte att göra så som det begärdes.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>%Ln foto klart</numerusform>
            <numerusform>%Ln foton klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform>; %Ln kunde inte hanteras: </numerusform>
            <numerusform>; %Ln kunde inte hanteras: </numerusform>
        </translation>
    </message>
    <message>
        <source> (and more)</source>
        <translation> (med flera)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finns inte</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>filen finns inte längre kvar</translation>
    </message>
    <message>
        <source>there is no trash for this drive</source>
        <translation>den här enheten har ingen papperskorg</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Search tips</source>
        <translation>Söktips</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Describe the photo, in any of 69 languages&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;both: &lt;i&gt;beach +sunset&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;less of b: &lt;i&gt;beach -people&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weigh a part: &lt;i&gt;dog^2 +snow&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;an image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drop, paste (Ctrl+V) or choose a photo to find similar ones; with words, both count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;no words&lt;/b&gt;&lt;/td&gt;&lt;td&gt;every photo, newest first (the timeline)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The relevance slider shows more or fewer results; the folder and date filters narrow the search. Enter or double-click opens a photo, Space for a quick look, Esc goes back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beskriv fotot, på vilket som helst av 69 språk&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;båda: &lt;i&gt;strand +solnedgång&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mindre av b: &lt;i&gt;strand -människor&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;väg en del tyngre: &lt;i&gt;hund^2 +snö&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;en bild&lt;/b&gt;&lt;/td&gt;&lt;td&gt;släpp, klistra in (Ctrl+V) eller välj ett foto för att hitta liknande; med ord räknas båda&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;inga ord&lt;/b&gt;&lt;/td&gt;&lt;td&gt;alla foton, nyaste först (tidslinjen)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Relevansreglaget visar fler eller färre resultat; mapp- och datumfiltren smalnar av sökningen. Retur eller dubbelklick öppnar ett foto, Blanksteg ger en snabbtitt, Esc går tillbaka.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinguaLens</source>
        <translation>Om LinguaLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Search your photos by describing them in any of 69 languages. Everything runs on this computer; no photo or query leaves it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP M-BERT-Base-69 (text; MIT licence). In use:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Places&lt;/b&gt;: the offline gazetteer of populated places comes from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Hitta dina foton genom att beskriva dem på vilket som helst av 69 språk. Allt körs på den här datorn; inget foto och ingen sökning lämnar den.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modeller&lt;/b&gt;: OpenAI CLIP RN50x4 (bild; MIT-licens) och Multilingual-CLIP M-BERT-Base-69 (text; MIT-licens). Används:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Byggt med&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (allmän egendom), exiv2 (GPL), libheif (LGPL), ICU (Unicode-licens), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Platser&lt;/b&gt;: ortregistret över bebodda orter, som fungerar utan nät, kommer från &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DownloadWorker</name>
    <message>
        <source>No connection to %1: this computer seems to be offline, or a firewall blocks it. Connect and press Download again (it continues where it stopped), or get the files elsewhere and choose them on disk (“Copy files I have…” or “Choose…”).</source>
        <translation>Ingen anslutning till %1: datorn verkar vara frånkopplad, eller så blockerar en brandvägg den. Anslut och tryck på Hämta igen (den fortsätter där den slutade), eller skaffa filerna på annat sätt och välj dem på disken (”Kopiera filer jag har…” eller ”Välj…”).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>The download did not succeed: %1

You can try again (it continues where it stopped), or get the files elsewhere and choose them on disk.</source>
        <translation>Hämtningen lyckades inte: %1

Du kan försöka igen (den fortsätter där den slutade), eller skaffa filerna på annat sätt och välja dem på disken.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>finns redan</translation>
    </message>
    <message>
        <source>downloaded from %1, verified</source>
        <translation>hämtad från %1, kontrollerad</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>Modellerna är klara.</translation>
    </message>
    <message>
        <source>Download stopped. It will continue where it stopped next time.</source>
        <translation>Hämtningen stoppad. Nästa gång fortsätter den där den slutade.</translation>
    </message>
    <message>
        <source>%1: placed as %2 (%3)</source>
        <translation>%1: placerad som %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not used — %2</source>
        <translation>%1: används inte – %2</translation>
    </message>
    <message>
        <source>All model files are in place.</source>
        <translation>Alla modellfiler finns på plats.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Saknas fortfarande: %1</translation>
    </message>
    <message>
        <source>The models do not fit on this disk: %1

Free some space, or choose a models folder on another disk (Settings), then press Download again.</source>
        <translation>Modellerna får inte plats på den här disken: %1

Frigör utrymme eller välj en modellmapp på en annan disk (Inställningar) och tryck sedan på ”Hämta” igen.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message>
        <source>identical files</source>
        <translation>identiska filer</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>samma foto</translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>liknande bilder</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>Similar shots: at least</source>
        <translation>Liknande bilder: minst</translation>
    </message>
    <message>
        <source> % alike</source>
        <comment>how similar two photos look</comment>
        <translation> % lika</translation>
    </message>
    <message>
        <source>How alike two photos must look to the image model (cosine of their embeddings).</source>
        <translation>Hur lika två foton måste se ut för bildmodellen (cosinus för deras inbäddningar).</translation>
    </message>
    <message>
        <source>and taken within</source>
        <translation>och tagna inom</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep this one (K)</source>
        <translation>Behåll den här (K)</translation>
    </message>
    <message>
        <source>Move the others to the trash</source>
        <translation>Flytta de andra till papperskorgen</translation>
    </message>
    <message>
        <source>Move them to a folder…</source>
        <translation>Flytta dem till en mapp…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Move the others to…</source>
        <translation>Flytta de andra till…</translation>
    </message>
    <message>
        <source>Looking for copies in the library…</source>
        <translation>Letar efter kopior i biblioteket…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %Ln foto</numerusform>
            <numerusform>%1 · %Ln foton</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates in the library.</source>
        <translation>Inga dubbletter i biblioteket.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>%Ln grupp med kopior. ←/→ bläddrar, K behåller det markerade fotot.</numerusform>
            <numerusform>%Ln grupper med kopior. ←/→ bläddrar, K behåller det markerade fotot.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ KEEP
%1</source>
        <translation>✔ BEHÅLL
%1</translation>
    </message>
    <message>
        <source>kept: your choice</source>
        <translation>behålls: ditt val</translation>
    </message>
    <message>
        <source>Group %L1 of %L2 — %3. %4</source>
        <translation>Grupp %L1 av %L2 – %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>Flytta %Ln annat till papperskorgen</numerusform>
            <numerusform>Flytta %Ln andra till papperskorgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln foto flyttat till papperskorgen.</numerusform>
            <numerusform>%Ln foton flyttade till papperskorgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln foto flyttat till %1.</numerusform>
            <numerusform>%Ln foton flyttade till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>%Ln foto återställt.</numerusform>
            <numerusform>%Ln foton återställda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::Engine</name>
    <message>
        <source>Loading the text model…</source>
        <translation>Läser in textmodellen…</translation>
    </message>
    <message>
        <source>Loading the image model…</source>
        <translation>Läser in bildmodellen…</translation>
    </message>
    <message>
        <source>the models are not loaded yet</source>
        <translation>modellerna är inte inlästa än</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Utvärderingen stoppad.</translation>
    </message>
    <message>
        <source>“%1” is not a model pair</source>
        <translation>”%1” är inget modellpar</translation>
    </message>
    <message>
        <source>the %1 models are not in the models folder (lingualens-cli models download --model-pair %1)</source>
        <translation>modellerna för %1 finns inte i modellmappen (lingualens-cli models download --model-pair %1)</translation>
    </message>
    <message>
        <source>Loading the %1 models…</source>
        <translation>Läser in modellerna för %1…</translation>
    </message>
    <message>
        <source>Evaluating with %1…</source>
        <translation>Utvärderar med %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ErrorListDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>Filer som inte kunde läsas</translation>
    </message>
    <message>
        <source>These files were skipped. They stay listed until they are fixed or removed; the rest of the library is not affected.</source>
        <translation>De här filerna hoppades över. De står kvar i listan tills de har rättats eller tagits bort; resten av biblioteket påverkas inte.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Visa i mapp</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Try these files again (after installing a codec, or once a copy has finished)</source>
        <translation>Försök med de här filerna igen (efter att en kodek installerats eller när en kopiering är klar)</translation>
    </message>
    <message>
        <source>Could not show %1.</source>
        <translation>Kunde inte visa %1.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::EvalWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of the word pieces are unknown to the vocabulary</source>
        <translation>%1 av ordbitarna är okända för ordförrådet</translation>
    </message>
    <message>
        <source>words fall apart into %1 pieces each</source>
        <translation>orden faller sönder i %1 bitar vardera</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>%Ln bildtext längre än modellen läser</numerusform>
            <numerusform>%Ln bildtexter längre än modellen läser</numerusform>
        </translation>
    </message>
    <message>
        <source>known words (%1 pieces per word)</source>
        <translation>kända ord (%1 bitar per ord)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Evaluate translations — LinguaLens</source>
        <translation>Utvärdera översättningar – LinguaLens</translation>
    </message>
    <message>
        <source>Open set…</source>
        <translation>Öppna uppsättning…</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>Spara uppsättning…</translation>
    </message>
    <message>
        <source>Images folder…</source>
        <translation>Bildmapp…</translation>
    </message>
    <message>
        <source>Where this set&apos;s images are, when they are not next to the set file</source>
        <translation>Var uppsättningens bilder finns, när de inte ligger bredvid uppsättningsfilen</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Lägg till bilder…</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Lägg till språk…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source> Reference language: </source>
        <translation> Referensspråk: </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Kör</translation>
    </message>
    <message>
        <source>Encode the images and every caption, then compare (F5)</source>
        <translation>Koda bilderna och alla bildtexter och jämför sedan (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Bildtexter</translation>
    </message>
    <message>
        <source>Softmax over captions (%)</source>
        <translation>Softmax över bildtexterna (%)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Träffsäkerhet</translation>
    </message>
    <message>
        <source>Text→image R@1</source>
        <translation>Text→bild R@1</translation>
    </message>
    <message>
        <source>R@5</source>
        <translation>R@5</translation>
    </message>
    <message>
        <source>R@10</source>
        <translation>R@10</translation>
    </message>
    <message>
        <source>Image→text R@1</source>
        <translation>Bild→text R@1</translation>
    </message>
    <message>
        <source>Cosine to reference</source>
        <translation>Cosinus mot referensen</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>Överlapp i topp k</translation>
    </message>
    <message>
        <source>Unknown pieces</source>
        <translation>Okända bitar</translation>
    </message>
    <message>
        <source>Pieces per word</source>
        <translation>Bitar per ord</translation>
    </message>
    <message>
        <source>What the tokenizer shows</source>
        <translation>Vad tokeniseraren visar</translation>
    </message>
    <message>
        <source>Share of the captions&apos; word pieces the text model&apos;s vocabulary does not know ([UNK])</source>
        <translation>Andel av bildtexternas ordbitar som textmodellens ordförråd inte känner till ([UNK])</translation>
    </message>
    <message>
        <source>Word pieces per word: 1 means whole words; high means the words fall apart into letters. Hover a row to see each caption&apos;s pieces.</source>
        <translation>Ordbitar per ord: 1 betyder hela ord; högt betyder att orden faller sönder i bokstäver. Håll muspekaren över en rad för att se varje bildtexts bitar.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Lägg till bildtext</translation>
    </message>
    <message>
        <source>From selected row</source>
        <translation>Från markerad rad</translation>
    </message>
    <message>
        <source>Take the captions of the row selected in the Captions tab</source>
        <translation>Hämta bildtexterna från raden som är markerad på fliken Bildtexter</translation>
    </message>
    <message>
        <source>top </source>
        <translation>topp </translation>
    </message>
    <message>
        <source>Compare in library</source>
        <translation>Jämför i biblioteket</translation>
    </message>
    <message>
        <source>The first caption is the reference. Photos outlined in orange are not among the reference&apos;s top results: that is where a translation diverges.</source>
        <translation>Den första bildtexten är referensen. Foton med orange ram finns inte bland referensens bästa resultat: där går en översättning isär.</translation>
    </message>
    <message>
        <source>Library comparison</source>
        <translation>Jämförelse i biblioteket</translation>
    </message>
    <message>
        <source>Give a caption and at least one translation.</source>
        <translation>Ange en bildtext och minst en översättning.</translation>
    </message>
    <message>
        <source>Waiting for the models…</source>
        <translation>Väntar på modellerna…</translation>
    </message>
    <message>
        <source>Untitled set</source>
        <translation>Namnlös uppsättning</translation>
    </message>
    <message>
        <source>Row %1: the image %2 does not exist.</source>
        <translation>Rad %1: bilden %2 finns inte.</translation>
    </message>
    <message>
        <source>The set has no images yet: “Add images…”.</source>
        <translation>Uppsättningen har inga bilder än: ”Lägg till bilder…”.</translation>
    </message>
    <message>
        <source>Open a set first; then say where its images are.</source>
        <translation>Öppna en uppsättning först; ange sedan var dess bilder finns.</translation>
    </message>
    <message>
        <source>Where are the images of this set?</source>
        <translation>Var finns bilderna till den här uppsättningen?</translation>
    </message>
    <message>
        <source>%1 — Evaluate translations</source>
        <translation>%1 – Utvärdera översättningar</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>%Ln bild, språk: %1</numerusform>
            <numerusform>%Ln bilder, språk: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform> – %Ln bild hittades inte: visa var den finns med ”Bildmapp…”.</numerusform>
            <numerusform> – %Ln bilder hittades inte: visa var de finns med ”Bildmapp…”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>Öppna uppsättning</translation>
    </message>
    <message>
        <source>This set cannot be opened:

%1</source>
        <translation>Uppsättningen kan inte öppnas:

%1</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>Öppna en utvärderingsuppsättning</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json *.tsv)</source>
        <translation>Utvärderingsuppsättningar (*.json *.tsv)</translation>
    </message>
    <message>
        <source>Save the evaluation set</source>
        <translation>Spara utvärderingsuppsättningen</translation>
    </message>
    <message>
        <source>Evaluation set (*.json)</source>
        <translation>Utvärderingsuppsättning (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <source>Save set</source>
        <translation>Spara uppsättning</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Lägg till bilder</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Lägg till ett språk</translation>
    </message>
    <message>
        <source>Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):</source>
        <translation>Språkkod (BCP-47, t.ex. ”sv”, ”el”, ”kn”, ”zh-Hans”):</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>”%1” är ingen språkkod.</translation>
    </message>
    <message>
        <source>The models are still loading; try again in a moment.</source>
        <translation>Modellerna läses fortfarande in; försök igen om en stund.</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>Kodar %Ln bild och dess bildtexter…</numerusform>
            <numerusform>Kodar %Ln bilder och deras bildtexter…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s: %2 image(s) encoded, %3 taken from the library</source>
        <translation>Klart på %1 s: %2 bild(er) kodade, %3 hämtade från biblioteket</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 – träffsäkerhet %2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <source> (top %1)</source>
        <translation> (topp %1)</translation>
    </message>
    <message>
        <source> (cut short)</source>
        <translation> (avkortad)</translation>
    </message>
    <message>
        <source>softmax, %</source>
        <translation>softmax, %</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (referens)</translation>
    </message>
    <message>
        <source>%1 — %2 shared</source>
        <translation>%1 – %2 gemensamma</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> Jämför med: </translation>
    </message>
    <message>
        <source>Run the same set with a second Multilingual-CLIP pair, each in its own space, and read the two side by side: which pair keeps your language&apos;s captions closest to the reference?</source>
        <translation>Kör samma uppsättning med ett andra Multilingual-CLIP-par, vart och ett i sitt eget rum, och läs dem sida vid sida: vilket par håller ditt språks bildtexter närmast referensen?</translation>
    </message>
    <message>
        <source>Whose heatmap to show: the evaluated pair&apos;s or the compared one&apos;s</source>
        <translation>Vems värmekarta som visas: det utvärderade parets eller det jämförda parets</translation>
    </message>
    <message>
        <source>Pairs side by side</source>
        <translation>Par sida vid sida</translation>
    </message>
    <message>
        <source> Evaluated with: %1 </source>
        <translation> Utvärderas med: %1 </translation>
    </message>
    <message>
        <source>no second pair</source>
        <translation>inget andra par</translation>
    </message>
    <message>
        <source>%1 (not downloaded)</source>
        <translation>%1 (inte nedladdat)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportera rapport…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Mapp för rapporten</translation>
    </message>
    <message>
        <source>Save the results to share them: one HTML page with the photos, heatmaps and tables, a PNG heatmap and a CSV per language</source>
        <translation>Spara resultaten för att dela dem: en HTML-sida med foton, värmekartor och tabeller, en PNG-värmekarta och en CSV-fil per språk</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>Rapporten kunde inte skrivas:

%1</translation>
    </message>
    <message>
        <source>Report written: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Rapporten skrevs: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message>
        <source>Best first</source>
        <translation>Bästa först</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyaste först</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sorteringsordning</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevans</translation>
    </message>
    <message>
        <source>Show only photos at least this relevant. It starts where this query&apos;s good matches seem to end.</source>
        <translation>Visa bara foton som är minst så här relevanta. Reglaget börjar där sökningens bra träffar verkar ta slut.</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Alla mappar</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Only photos taken between these dates (the camera&apos;s calendar)</source>
        <translation>Bara foton tagna mellan dessa datum (enligt kamerans kalender)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Relevance applies to a search: type what you are looking for.</source>
        <translation>Relevans gäller en sökning: skriv vad du letar efter.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln foton</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 av %L2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::HeatmapWidget</name>
    <message>
        <source>Run the evaluation to see the heatmap.</source>
        <translation>Kör utvärderingen för att se värmekartan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;“%2”&lt;br&gt;%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;”%2”&lt;br&gt;%3%4</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::IndexWorker</name>
    <message>
        <source>no extension</source>
        <translation>inget filtillägg</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · %Ln fil stöds inte: %1</numerusform>
            <numerusform> · %Ln filer stöds inte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Library up to date: %L1 new, %L2 changed, %L3 removed</source>
        <translation>Biblioteket är uppdaterat: %L1 nya, %L2 ändrade, %L3 borttagna</translation>
    </message>
    <message>
        <source> (%1 images/s)</source>
        <translation> (%1 bilder/s)</translation>
    </message>
    <message>
        <source> · %1 holds no photos</source>
        <translation> · %1 innehåller inga foton</translation>
    </message>
    <message>
        <source>Indexing stopped; everything finished so far is saved.</source>
        <translation>Indexeringen stoppad; allt som hunnit bli klart är sparat.</translation>
    </message>
    <message>
        <source>Another program (probably lingualens-cli) is updating this library. Indexing will be possible when it has finished.</source>
        <translation>Ett annat program (troligen lingualens-cli) uppdaterar det här biblioteket. Indexering blir möjlig när det är klart.</translation>
    </message>
    <message>
        <source>Removed %1 from the library (the photos themselves are untouched).</source>
        <translation>%1 togs bort från biblioteket (själva fotona är orörda).</translation>
    </message>
    <message>
        <source>%1 is now at %2; its photos are kept.</source>
        <translation>%1 ligger nu i %2; dess foton behålls.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Click a folder to see only its photos</source>
        <translation>Klicka på en mapp för att bara se dess foton</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Lägg till mapp…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>Sök igenom igen</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Hitta…</translation>
    </message>
    <message>
        <source>The selected folder is not connected: show where it is now (its photos are kept, nothing is indexed again)</source>
        <translation>Den markerade mappen är inte ansluten: visa var den finns nu (dess foton behålls, inget indexeras om)</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (the photos stay on disk)</source>
        <translation>Ta bort den markerade mappen från biblioteket (fotona ligger kvar på disken)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted photos now</source>
        <translation>Leta efter nya, ändrade och borttagna foton nu</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Ta bort mapp</translation>
    </message>
    <message>
        <source>Remove %1 from the library?

The photos themselves are not touched; only LinguaLens forgets them.</source>
        <translation>Ta bort %1 från biblioteket?

Själva fotona rörs inte; det är bara LinguaLens som glömmer dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln fil kunde inte läsas – &lt;a href=&quot;#&quot;&gt;visa&lt;/a&gt;</numerusform>
            <numerusform>%Ln filer kunde inte läsas – &lt;a href=&quot;#&quot;&gt;visa&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Alla foton</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (inte ansluten)</translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
Inte ansluten: dess %Ln foto behålls och döljs i resultaten tills enheten är tillbaka, eller använd Hitta…</numerusform>
            <numerusform>%1
Inte ansluten: dess %Ln foton behålls och döljs i resultaten tills enheten är tillbaka, eller använd Hitta…</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet: “Add folder…”</source>
        <translation>Inga mappar än: ”Lägg till mapp…”</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message>
        <source>%1 scored %2 in your last evaluation (%3 %4): results may be weak.</source>
        <translation>%1 fick %2 i din senaste utvärdering (%3 %4): resultaten kan bli svaga.</translation>
    </message>
    <message>
        <source>LinguaLens</source>
        <translation>LinguaLens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Läser in modellerna…</translation>
    </message>
    <message>
        <source>Describe a photo in any language. Combine: “beach +sunset -people”. Drop or paste an image to find similar photos.</source>
        <translation>Beskriv ett foto på valfritt språk. Kombinera: ”strand +solnedgång -människor”. Släpp eller klistra in en bild för att hitta liknande foton.</translation>
    </message>
    <message>
        <source>Searching by example image; click to stop</source>
        <translation>Söker efter exempelbild; klicka för att sluta</translation>
    </message>
    <message>
        <source>Search tips (F1)</source>
        <translation>Söktips (F1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LinguaLens&lt;/h2&gt;&lt;p&gt;Add the folders that hold your photos. LinguaLens looks at every photo once (on this computer, nothing leaves it); then describe what you are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Välkommen till LinguaLens&lt;/h2&gt;&lt;p&gt;Lägg till mapparna med dina foton. LinguaLens tittar på varje foto en gång (på den här datorn, inget lämnar den); beskriv sedan vad du letar efter på valfritt språk – ”Eisbär im Schnee”, ”белая кошка”, ”夕焼けの海”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Lägg till mapp…</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>Kopiera %Ln sökväg</numerusform>
            <numerusform>Kopiera %Ln sökvägar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>Exportera %Ln foto till en mapp…</numerusform>
            <numerusform>Exportera %Ln foton till en mapp…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>Flytta %Ln foto till papperskorgen</numerusform>
            <numerusform>Flytta %Ln foton till papperskorgen</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>Öppna med standardprogrammet</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Visa i mapp</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopiera sökväg</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Kopiera bild</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>Exportera till en mapp…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Hitta liknande</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Lägg till mapp…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Pause indexing</source>
        <translation>&amp;Pausa indexeringen</translation>
    </message>
    <message>
        <source>Paused — indexing waits until you resume</source>
        <translation>Pausad – indexeringen väntar tills du återupptar den</translation>
    </message>
    <message>
        <source>&amp;Resume indexing</source>
        <translation>&amp;Återuppta indexeringen</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Återupptar…</translation>
    </message>
    <message>
        <source>&amp;Stop indexing</source>
        <translation>&amp;Stoppa indexeringen</translation>
    </message>
    <message>
        <source>Resume &amp;indexing</source>
        <translation>Återuppta &amp;indexeringen</translation>
    </message>
    <message>
        <source>Search by &amp;image file…</source>
        <translation>Sök efter &amp;bildfil…</translation>
    </message>
    <message>
        <source>Find photos like…</source>
        <translation>Hitta foton som…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Search by pasted image</source>
        <translation>Sök efter inklistrad bild</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Urklipp innehåller ingen bild.</translation>
    </message>
    <message>
        <source>&amp;Download models…</source>
        <translation>&amp;Hämta modeller…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inställ&amp;ningar…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Hitta &amp;dubbletter…</translation>
    </message>
    <message>
        <source>&amp;Evaluate translations…</source>
        <translation>&amp;Utvärdera översättningar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;Söktips</translation>
    </message>
    <message>
        <source>&amp;About LinguaLens</source>
        <translation>&amp;Om LinguaLens</translation>
    </message>
    <message>
        <source>The models could not be loaded</source>
        <translation>Modellerna kunde inte läsas in</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>Modellerna kunde inte läsas in</translation>
    </message>
    <message>
        <source>The models could not be loaded:
%1

Choose other files in Settings (Ctrl+,).</source>
        <translation>Modellerna kunde inte läsas in:
%1

Välj andra filer i Inställningar (Ctrl+,).</translation>
    </message>
    <message>
        <source>Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”</source>
        <translation>Beskriv ett foto på valfritt språk – ”Eisbär im Schnee”, ”белая кошка”</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%Ln bild</numerusform>
            <numerusform>%Ln bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Models ready (%1 s)</source>
        <translation>Modellerna klara (%1 s)</translation>
    </message>
    <message>
        <source>Waiting for the image model…</source>
        <translation>Väntar på bildmodellen…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>understanding the query %1 ms, searching %L2 photos %3 ms</source>
        <translation>tolka sökningen %1 ms, söka bland %L2 foton %3 ms</translation>
    </message>
    <message>
        <source>No photo from %1 matches. Click a filter&apos;s ✕ above to search without it.</source>
        <translation>Inget foto från %1 matchar. Klicka på ett filters ✕ ovan för att söka utan det.</translation>
    </message>
    <message>
        <source>No photos are indexed yet.</source>
        <translation>Inga foton är indexerade än.</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>Inga foton matchar de här filtren.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Mappar</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsvisning</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View photo</source>
        <translation>Visa &amp;foto</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <source>Like: %1  ✕</source>
        <translation>Som: %1  ✕</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>inklistrad bild</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>släppt bild</translation>
    </message>
    <message>
        <source>Drop an image file to find similar photos, or a folder to add it.</source>
        <translation>Släpp en bildfil för att hitta liknande foton, eller en mapp för att lägga till den.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Letar efter foton…</translation>
    </message>
    <message>
        <source>Indexing %L1 of %L2</source>
        <translation>Indexerar %L1 av %L2</translation>
    </message>
    <message>
        <source> · %1 photos/s</source>
        <translation> · %1 foton/s</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · %Ln s kvar</numerusform>
            <numerusform> · %Ln s kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · %Ln min kvar</numerusform>
            <numerusform> · %Ln min kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %L1 of %L2 done</source>
        <translation>Pausad – %L1 av %L2 klara</translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>Indexeringen stoppad; allt som hunnit bli klart är sparat. %Ln foto återstår – Bibliotek ▸ Återuppta indexeringen.</numerusform>
            <numerusform>Indexeringen stoppad; allt som hunnit bli klart är sparat. %Ln foton återstår – Bibliotek ▸ Återuppta indexeringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexering</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Var finns %1 nu?</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Lägg till en fotomapp</translation>
    </message>
    <message>
        <source>Indexing starts when the models are loaded.</source>
        <translation>Indexeringen börjar när modellerna är inlästa.</translation>
    </message>
    <message>
        <source>Trying the files that could not be read again…</source>
        <translation>Försöker igen med filerna som inte kunde läsas…</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>%Ln sökväg kopierad.</numerusform>
            <numerusform>%Ln sökvägar kopierade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>Kopiera %Ln foto till…</numerusform>
            <numerusform>Kopiera %Ln foton till…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>Kopierar %Ln foto…</numerusform>
            <numerusform>Kopierar %Ln foton…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>%Ln foto kopierat till %1.</numerusform>
            <numerusform>%Ln foton kopierade till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>Flytta %Ln foto till papperskorgen? Du kan återställa det från papperskorgen senare.</numerusform>
            <numerusform>Flytta %Ln foton till papperskorgen? Du kan återställa dem från papperskorgen senare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln foto flyttat till papperskorgen.</numerusform>
            <numerusform>%Ln foton flyttade till papperskorgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the models</source>
        <translation>Väntar på modellerna</translation>
    </message>
    <message>
        <source>The models are needed before searching</source>
        <translation>Modellerna behövs innan du kan söka</translation>
    </message>
    <message>
        <source>LinguaLens needs its two models before it can search or index. They are not in %1 yet.</source>
        <translation>LinguaLens behöver sina två modeller innan det kan söka eller indexera. De finns inte i %1 än.</translation>
    </message>
    <message>
        <source>The %1 models and their own library open at the next start.</source>
        <translation>Modellerna %1 och deras eget bibliotek öppnas vid nästa start.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>The library in %1 opens at the next start.</source>
        <translation>Biblioteket i %1 öppnas vid nästa start.</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>standardplatsen</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ModelSetupDialog</name>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>kan inte användas: %1</translation>
    </message>
    <message>
        <source>found, checked: %1</source>
        <translation>hittad, kontrollerad: %1</translation>
    </message>
    <message>
        <source>LinguaLens needs its models</source>
        <translation>LinguaLens behöver sina modeller</translation>
    </message>
    <message>
        <source>&lt;p&gt;LinguaLens understands photos and text with two models: OpenAI&apos;s CLIP image model &lt;b&gt;RN50x4&lt;/b&gt; (about 400 MB) and the Multilingual-CLIP text model &lt;b&gt;M-BERT-Base-69&lt;/b&gt; with its head (about 700 MB). Download them into &lt;b&gt;%1&lt;/b&gt; (each file is checked; an interrupted download continues where it stopped), or choose the files you have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LinguaLens förstår foton och text med två modeller: OpenAI:s CLIP-bildmodell &lt;b&gt;RN50x4&lt;/b&gt; (cirka 400 MB) och Multilingual-CLIP:s textmodell &lt;b&gt;M-BERT-Base-69&lt;/b&gt; med sitt huvud (cirka 700 MB). Hämta dem till &lt;b&gt;%1&lt;/b&gt; (varje fil kontrolleras; en avbruten hämtning fortsätter där den slutade), eller välj de filer du har.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modellfil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Image model (RN50x4.pt)</source>
        <translation>Bildmodell (RN50x4.pt)</translation>
    </message>
    <message>
        <source>Text model (M-BERT-Base-69 folder)</source>
        <translation>Textmodell (mappen M-BERT-Base-69)</translation>
    </message>
    <message>
        <source>Text head (… Linear Weights.pkl)</source>
        <translation>Texthuvud (… Linear Weights.pkl)</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>letar…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>The M-BERT-Base-69 folder</source>
        <translation>Mappen M-BERT-Base-69</translation>
    </message>
    <message>
        <source>The image model</source>
        <translation>Bildmodellen</translation>
    </message>
    <message>
        <source>The text head</source>
        <translation>Texthuvudet</translation>
    </message>
    <message>
        <source>CLIP models (*.pt *.safetensors);;All files (*)</source>
        <translation>CLIP-modeller (*.pt *.safetensors);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Text heads (*.pkl);;All files (*)</source>
        <translation>Texthuvuden (*.pkl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mirror (optional):</source>
        <translation>Spegel (valfritt):</translation>
    </message>
    <message>
        <source>https://… a server with the same files, e.g. inside your network</source>
        <translation>https://… en server med samma filer, t.ex. i ditt nätverk</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Hämta</translation>
    </message>
    <message>
        <source>Copy files I have…</source>
        <translation>Kopiera filer jag har…</translation>
    </message>
    <message>
        <source>Files from a USB stick, another computer or a browser download: they are checked and copied into the models folder</source>
        <translation>Filer från ett USB-minne, en annan dator eller en hämtning i webbläsaren: de kontrolleras och kopieras till modellmappen</translation>
    </message>
    <message>
        <source>Use these files</source>
        <translation>Använd de här filerna</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <source>Choose the model files you have</source>
        <translation>Välj de modellfiler du har</translation>
    </message>
    <message>
        <source>Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)</source>
        <translation>Modellfiler (*.pt *.safetensors *.bin *.pkl *.json *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking and copying…</source>
        <translation>Kontrollerar och kopierar…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>kontrollerar…</translation>
    </message>
    <message>
        <source>waiting (%1)</source>
        <translation>väntar (%1)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 free on this disk)…</source>
        <translation>Laddar ned %1 (%2 ledigt på den här disken)…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Laddar ned %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message>
        <source>Ask size</source>
        <translation>Fråga om storlek</translation>
    </message>
    <message>
        <source>Asks the servers how large each of the pair&apos;s files is, without downloading them, and whether this disk has room</source>
        <translation>Frågar servrarna hur stor varje fil i paret är, utan att ladda ned dem, och om disken har plats</translation>
    </message>
    <message>
        <source>Download size: not asked yet.</source>
        <translation>Nedladdningsstorlek: inte efterfrågad än.</translation>
    </message>
    <message>
        <source>Asking the servers…</source>
        <translation>Frågar servrarna…</translation>
    </message>
    <message>
        <source>All its files are here: %1 on disk.</source>
        <translation>Alla dess filer finns här: %1 på disken.</translation>
    </message>
    <message>
        <source>The servers did not say how large its files are (is this computer offline?).</source>
        <translation>Servrarna sa inte hur stora dess filer är (är datorn offline?).</translation>
    </message>
    <message>
        <source>Download: %1 in all, %2 still to fetch.</source>
        <translation>Nedladdning: %1 totalt, %2 kvar att hämta.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>%Ln fil angav ingen storlek.</numerusform>
            <numerusform>%Ln filer angav ingen storlek.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free on this disk.</source>
        <translation>%1 ledigt på den här disken.</translation>
    </message>
    <message>
        <source>Not enough room: %1 free on this disk.</source>
        <translation>Inte tillräckligt med utrymme: %1 ledigt på den här disken.</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(frågat %1)</translation>
    </message>
    <message>
        <source>Could not ask: %1</source>
        <translation>Kunde inte fråga: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSpeedRow</name>
    <message>
        <source>Measure</source>
        <translation>Mät</translation>
    </message>
    <message>
        <source>Runs both models for a few seconds on this computer: images per second when indexing (decoding the photos comes on top), the time of one search, and the memory they take</source>
        <translation>Kör båda modellerna några sekunder på den här datorn: bilder per sekund vid indexering (avkodningen av fotona tillkommer), tiden för en sökning och minnet de tar</translation>
    </message>
    <message>
        <source>Its speed can be measured once its files are here.</source>
        <translation>Hastigheten kan mätas när filerna finns här.</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; the computer is busy meanwhile)</source>
        <translation>Mäter… (några sekunder; datorn är upptagen under tiden)</translation>
    </message>
    <message>
        <source>On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).</source>
        <translation>På den här datorn: %1 bilder/s, %2 ms per sökning, %3 i minnet (mätt %4).</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Kunde inte mäta: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message>
        <source>Each pair is evaluated in its own space: accuracy and recall compare directly; the cosine to the reference says how close each pair keeps a translation to the reference caption in its own space.</source>
        <translation>Varje par utvärderas i sitt eget rum: träffsäkerhet och recall går att jämföra direkt; cosinus mot referensen säger hur nära varje par håller en översättning till referensbildtexten i sitt eget rum.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>Träffsäkerhet %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Text→image R@1 %1</source>
        <translation>Text→bild R@1 %1</translation>
    </message>
    <message>
        <source>Cosine to reference %1</source>
        <translation>Cosinus mot referensen %1</translation>
    </message>
    <message>
        <source>Top-k overlap %1</source>
        <translation>Överlapp i topp k %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <source>The two pairs have no language in common on this set.</source>
        <translation>De två paren har inget gemensamt språk i den här uppsättningen.</translation>
    </message>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>Genomsnittlig träffsäkerhet över %Ln språk: %1 med %2, %3 med %4.</numerusform>
            <numerusform>Genomsnittlig träffsäkerhet över %Ln språk: %1 med %2, %3 med %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ahead in %2, %3 in %4, and they are even in %5.</source>
        <translation>%1 ligger före i %2, %3 i %4, och de är jämna i %5.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Fotovisare</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 av %L2</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kan inte visas: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>←/→ browse · Z zoom · I details · F full screen · Esc back</source>
        <translation>←/→ bläddra · Z zooma · I detaljer · F helskärm · Esc tillbaka</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PreviewPane</name>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>Öppna med standardprogrammet (Retur)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Visa i mapp</translation>
    </message>
    <message>
        <source>Open the folder that holds this photo</source>
        <translation>Öppna mappen som innehåller fotot</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopiera sökväg</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>Kopiera filens sökväg (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Kopiera bild</translation>
    </message>
    <message>
        <source>Copy the picture itself</source>
        <translation>Kopiera själva bilden</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Hitta liknande</translation>
    </message>
    <message>
        <source>Search for photos that look like this one</source>
        <translation>Sök efter foton som liknar det här</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>Markera ett foto för att se det här.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixlar</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevans</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>Fotot kan inte visas: %1</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Inget program är inställt för att öppna %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not there (unplugged or moved?).</source>
        <translation>Mappen %1 finns inte (urkopplad eller flyttad?).</translation>
    </message>
    <message>
        <source>No file manager is set up to show %1.</source>
        <translation>Ingen filhanterare är inställd för att visa %1.</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>Sökvägen kopierad.</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>Bilden kopierad.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultDelegate</name>
    <message>
        <source>no preview</source>
        <translation>ingen förhandsvisning</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Okänt datum</translation>
    </message>
    <message>
        <source>%1
relevance %2</source>
        <translation>%1
relevans %2</translation>
    </message>
    <message>
        <source>%1, relevance %2</source>
        <translation>%1, relevans %2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language
(after a restart)</source>
        <translation>Språk
(efter omstart)</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>standardplats</translation>
    </message>
    <message>
        <source>Library folder
(after a restart)</source>
        <translation>Biblioteksmapp
(efter omstart)</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Modellmapp</translation>
    </message>
    <message>
        <source>CLIP weights (*.pt *.pth *.safetensors)</source>
        <translation>CLIP-vikter (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <source>RN50x4.pt in the models folder</source>
        <translation>RN50x4.pt i modellmappen</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Bildmodell</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 in the models folder</source>
        <translation>M-BERT-Base-69 i modellmappen</translation>
    </message>
    <message>
        <source>Text model folder</source>
        <translation>Textmodellmapp</translation>
    </message>
    <message>
        <source>Linear head (*.pkl)</source>
        <translation>Linjärt huvud (*.pkl)</translation>
    </message>
    <message>
        <source>found in the text model folder</source>
        <translation>hittas i textmodellmappen</translation>
    </message>
    <message>
        <source>Text head</source>
        <translation>Texthuvud</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>alla kärnor (%1)</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>Beräkningstrådar</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Miniatyrstorlek</translation>
    </message>
    <message>
        <source>Fast indexing (approximate)</source>
        <translation>Snabb indexering (ungefärlig)</translation>
    </message>
    <message>
        <source>Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and the results differ slightly from the exact reference computation.</source>
        <translation>Avkodar JPEG-foton i reducerad storlek: indexeringen går ungefär 10 % snabbare, och resultaten skiljer sig något från den exakta referensberäkningen.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexering</translation>
    </message>
    <message>
        <source>Compact text model (half precision)</source>
        <translation>Kompakt textmodell (halv precision)</translation>
    </message>
    <message>
        <source>Keeps the text model in half precision: about 170 MB less memory and faster searches; scores differ from the exact computation by about 0.1 %.</source>
        <translation>Håller textmodellen i halv precision: cirka 170 MB mindre minne och snabbare sökningar; poängen skiljer sig från den exakta beräkningen med ungefär 0,1 %.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <source>Read dates and places in queries</source>
        <translation>Läs datum och platser i sökningar</translation>
    </message>
    <message>
        <source>“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, and only “beach” goes to the text model. Off: every word is searched as text (words in quotation marks always are).</source>
        <translation>”strand juli 2023” eller ”Strand in Italien” visar bara foton från den tiden eller platsen, och bara ”strand” går till textmodellen. Av: varje ord söks som text (ord inom citattecken gör det alltid).</translation>
    </message>
    <message>
        <source>Everything applies at once when you press OK (new model files or threads reload the models; searches wait a few seconds meanwhile), except the language and the library folder, which apply at the next start.</source>
        <translation>Allt gäller direkt när du trycker på OK (nya modellfiler eller trådar läser in modellerna igen; sökningar väntar några sekunder under tiden), utom språket och biblioteksmappen, som gäller från nästa start.</translation>
    </message>
    <message>
        <source>Model files chosen one by one below.</source>
        <translation>Modellfilerna valda en och en nedan.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (standard)</translation>
    </message>
    <message>
        <source>Model pair</source>
        <translation>Modellpar</translation>
    </message>
    <message>
        <source>%1 text model with the %2 image model, %3-dimensional.</source>
        <translation>Textmodellen %1 med bildmodellen %2, %3 dimensioner.</translation>
    </message>
    <message>
        <source>Published text-to-image recall@10 on XTD: English %1, German %2, Chinese %3, Japanese %4.</source>
        <translation>Publicerad text-till-bild-recall@10 på XTD: engelska %1, tyska %2, kinesiska %3, japanska %4.</translation>
    </message>
    <message>
        <source>Its files are in the models folder.</source>
        <translation>Dess filer finns i modellmappen.</translation>
    </message>
    <message>
        <source>Its files are not in the models folder yet (lingualens-cli models download --model-pair %1).</source>
        <translation>Dess filer finns inte i modellmappen än (lingualens-cli models download --model-pair %1).</translation>
    </message>
    <message>
        <source>A library holds the photos of one pair: a pair with another image model needs a library of its own.</source>
        <translation>Ett bibliotek rymmer foton för ett par: ett par med en annan bildmodell behöver ett eget bibliotek.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>Trained on captions in %1 languages; others work through what the text model learned of them.</source>
        <translation>Tränad på bildtexter på %1 språk; andra fungerar genom det textmodellen har lärt sig om dem.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::UnderstoodChips</name>
    <message>
        <source>Only photos from:</source>
        <translation>Bara foton från:</translation>
    </message>
    <message>
        <source>Understood from “%1”. Click to search without it.</source>
        <translation>Tolkat ur ”%1”. Klicka för att söka utan det.</translation>
    </message>
    <message>
        <source>Photos taken south of the equator: %1</source>
        <translation>Foton tagna söder om ekvatorn: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library folder.</source>
        <translation>Biblioteksmapp.</translation>
    </message>
    <message>
        <source>Folder with the model files.</source>
        <translation>Mapp med modellfilerna.</translation>
    </message>
    <message>
        <source>CLIP RN50x4 weights.</source>
        <translation>Vikter för CLIP RN50x4.</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 folder.</source>
        <translation>Mappen M-BERT-Base-69.</translation>
    </message>
    <message>
        <source>Text head .pkl.</source>
        <translation>Texthuvud (.pkl).</translation>
    </message>
    <message>
        <source>Keep the text model in half precision (less memory).</source>
        <translation>Håll textmodellen i halv precision (mindre minne).</translation>
    </message>
    <message>
        <source>Run this query at start.</source>
        <translation>Kör den här sökningen vid start.</translation>
    </message>
    <message>
        <source>Open the translation evaluation with this set and run it.</source>
        <translation>Öppna översättningsutvärderingen med den här uppsättningen och kör den.</translation>
    </message>
    <message>
        <source>Print the time from launch to the first timeline thumbnails shown (or, with --search, to the first search result), then quit.</source>
        <translation>Skriv ut tiden från start till de första miniatyrerna i tidslinjen (eller, med --search, till det första sökresultatet) och avsluta sedan.</translation>
    </message>
    <message>
        <source>Search your photos by describing them, in any language.</source>
        <translation>Hitta dina foton genom att beskriva dem, på valfritt språk.</translation>
    </message>
    <message>
        <source>Images to search by (opened from a file manager).</source>
        <translation>Bilder att söka efter (öppnade från en filhanterare).</translation>
    </message>
</context>
</TS>
