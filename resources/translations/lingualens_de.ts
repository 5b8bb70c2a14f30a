<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Something needed was not found.</source>
        <translation>Etwas Benötigtes wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (permissions, a full disk or a removed drive?).</source>
        <translation>%1 konnte nicht gelesen oder geschrieben werden (Berechtigungen, voller Datenträger oder ein entferntes Laufwerk?).</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is damaged, or is not what its name says.</source>
        <translation>%1 ist beschädigt oder nicht das, was sein Name sagt.</translation>
    </message>
    <message>
        <source>A file is damaged.</source>
        <translation>Eine Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is in a form LinguaLens cannot read.</source>
        <translation>%1 liegt in einer Form vor, die LinguaLens nicht lesen kann.</translation>
    </message>
    <message>
        <source>This is in a form LinguaLens cannot read.</source>
        <translation>Dies liegt in einer Form vor, die LinguaLens nicht lesen kann.</translation>
    </message>
    <message>
        <source>These model files do not belong together.</source>
        <translation>Diese Modelldateien gehören nicht zusammen.</translation>
    </message>
    <message>
        <source>%1 is too large to open safely.</source>
        <translation>%1 ist zu groß, um es sicher zu öffnen.</translation>
    </message>
    <message>
        <source>This is too large to open safely.</source>
        <translation>Das ist zu groß, um es sicher zu öffnen.</translation>
    </message>
    <message>
        <source>Another program is working on this library; try again when it has finished.</source>
        <translation>Ein anderes Programm arbeitet gerade an dieser Bibliothek; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>This cannot be done as asked.</source>
        <translation>Das lässt sich so nicht ausführen.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>%Ln Foto erledigt</numerusform>
            <numerusform>%Ln Fotos erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform>; %Ln konnte nicht bearbeitet werden: </numerusform>
            <numerusform>; %Ln konnten nicht bearbeitet werden: </numerusform>
        </translation>
    </message>
    <message>
        <source> (and more)</source>
        <translation> (und weitere)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>die Datei ist nicht mehr da</translation>
    </message>
    <message>
        <source>there is no trash for this drive</source>
        <translation>für dieses Laufwerk gibt es keinen Papierkorb</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Search tips</source>
        <translation>Suchtipps</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Describe the photo, in any of 69 languages&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;both: &lt;i&gt;beach +sunset&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;less of b: &lt;i&gt;beach -people&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weigh a part: &lt;i&gt;dog^2 +snow&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;an image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drop, paste (Ctrl+V) or choose a photo to find similar ones; with words, both count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;no words&lt;/b&gt;&lt;/td&gt;&lt;td&gt;every photo, newest first (the timeline)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The relevance slider shows more or fewer results; the folder and date filters narrow the search. Enter or double-click opens a photo, Space for a quick look, Esc goes back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beschreiben Sie das Foto – in einer von 69 Sprachen&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;beides: &lt;i&gt;Strand +Sonnenuntergang&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weniger von b: &lt;i&gt;Strand -Menschen&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;einen Teil stärker gewichten: &lt;i&gt;Hund^2 +Schnee&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;ein Bild&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ein Foto ablegen, einfügen (Strg+V) oder auswählen, um ähnliche zu finden; zusammen mit Wörtern zählt beides&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;keine Wörter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;alle Fotos, die neuesten zuerst (die Zeitleiste)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Der Relevanz-Regler zeigt mehr oder weniger Ergebnisse; Ordner- und Datumsfilter grenzen die Suche ein. Eingabetaste oder Doppelklick öffnet ein Foto, Leertaste zeigt eine Schnellansicht, Esc geht zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinguaLens</source>
        <translation>Über LinguaLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Search your photos by describing them in any of 69 languages. Everything runs on this computer; no photo or query leaves it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP M-BERT-Base-69 (text; MIT licence). In use:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Places&lt;/b&gt;: the offline gazetteer of populated places comes from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Finden Sie Ihre Fotos, indem Sie sie beschreiben – in einer von 69 Sprachen. Alles läuft auf diesem Computer; kein Foto und keine Suchanfrage verlässt ihn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modelle&lt;/b&gt;: OpenAI CLIP RN50x4 (Bild; MIT-Lizenz) und Multilingual-CLIP M-BERT-Base-69 (Text; MIT-Lizenz). In Verwendung:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erstellt mit&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (gemeinfrei), exiv2 (GPL), libheif (LGPL), ICU (Unicode-Lizenz), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Orte&lt;/b&gt;: Das Offline-Ortsverzeichnis bewohnter Orte stammt von &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</translation>
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
        <translation>Keine Verbindung zu %1: Dieser Computer scheint offline zu sein, oder eine Firewall blockiert die Verbindung. Stellen Sie eine Verbindung her und klicken Sie erneut auf „Herunterladen“ (es geht dort weiter, wo es aufgehört hat), oder besorgen Sie die Dateien anderweitig und wählen Sie sie auf der Festplatte aus („Vorhandene Dateien kopieren…“ oder „Auswählen…“).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The download did not succeed: %1

You can try again (it continues where it stopped), or get the files elsewhere and choose them on disk.</source>
        <translation>Der Download ist fehlgeschlagen: %1

Sie können es erneut versuchen (es geht dort weiter, wo es aufgehört hat), oder die Dateien anderweitig besorgen und auf der Festplatte auswählen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>downloaded from %1, verified</source>
        <translation>von %1 heruntergeladen, geprüft</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>Die Modelle sind bereit.</translation>
    </message>
    <message>
        <source>Download stopped. It will continue where it stopped next time.</source>
        <translation>Download angehalten. Beim nächsten Mal geht es dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>%1: placed as %2 (%3)</source>
        <translation>%1: abgelegt als %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not used — %2</source>
        <translation>%1: nicht verwendet – %2</translation>
    </message>
    <message>
        <source>All model files are in place.</source>
        <translation>Alle Modelldateien sind vorhanden.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Es fehlen noch: %1</translation>
    </message>
    <message>
        <source>The models do not fit on this disk: %1

Free some space, or choose a models folder on another disk (Settings), then press Download again.</source>
        <translation>Die Modelle passen nicht auf diesen Datenträger: %1

Geben Sie Speicherplatz frei oder wählen Sie einen Modellordner auf einem anderen Datenträger (Einstellungen) und klicken Sie dann erneut auf „Herunterladen“.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message>
        <source>identical files</source>
        <translation>identische Dateien</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>dasselbe Foto</translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>ähnliche Aufnahmen</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Similar shots: at least</source>
        <translation>Ähnliche Aufnahmen: mindestens</translation>
    </message>
    <message>
        <source> % alike</source>
        <comment>how similar two photos look</comment>
        <translation> % ähnlich</translation>
    </message>
    <message>
        <source>How alike two photos must look to the image model (cosine of their embeddings).</source>
        <translation>Wie ähnlich sich zwei Fotos für das Bildmodell sein müssen (Kosinus ihrer Einbettungen).</translation>
    </message>
    <message>
        <source>and taken within</source>
        <translation>und aufgenommen innerhalb von</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Keep this one (K)</source>
        <translation>Dieses behalten (K)</translation>
    </message>
    <message>
        <source>Move the others to the trash</source>
        <translation>Die anderen in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move them to a folder…</source>
        <translation>In einen Ordner verschieben…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Move the others to…</source>
        <translation>Die anderen verschieben nach…</translation>
    </message>
    <message>
        <source>Looking for copies in the library…</source>
        <translation>Suche nach Kopien in der Bibliothek…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %Ln Foto</numerusform>
            <numerusform>%1 · %Ln Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates in the library.</source>
        <translation>Keine Duplikate in der Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>%Ln Gruppe von Kopien. ←/→ blättern, K behält das ausgewählte Foto.</numerusform>
            <numerusform>%Ln Gruppen von Kopien. ←/→ blättern, K behält das ausgewählte Foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ KEEP
%1</source>
        <translation>✔ BEHALTEN
%1</translation>
    </message>
    <message>
        <source>kept: your choice</source>
        <translation>behalten: Ihre Wahl</translation>
    </message>
    <message>
        <source>Group %L1 of %L2 — %3. %4</source>
        <translation>Gruppe %L1 von %L2 – %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>%Ln anderes in den Papierkorb verschieben</numerusform>
            <numerusform>%Ln andere in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln Foto in den Papierkorb verschoben.</numerusform>
            <numerusform>%Ln Fotos in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln Foto nach %1 verschoben.</numerusform>
            <numerusform>%Ln Fotos nach %1 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>%Ln Foto wiederhergestellt.</numerusform>
            <numerusform>%Ln Fotos wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::Engine</name>
    <message>
        <source>Loading the text model…</source>
        <translation>Textmodell wird geladen…</translation>
    </message>
    <message>
        <source>Loading the image model…</source>
        <translation>Bildmodell wird geladen…</translation>
    </message>
    <message>
        <source>the models are not loaded yet</source>
        <translation>die Modelle sind noch nicht geladen</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Auswertung angehalten.</translation>
    </message>
    <message>
        <source>“%1” is not a model pair</source>
        <translation>„%1“ ist kein Modellpaar</translation>
    </message>
    <message>
        <source>the %1 models are not in the models folder (lingualens-cli models download --model-pair %1)</source>
        <translation>die Modelle von %1 sind nicht im Modellordner (lingualens-cli models download --model-pair %1)</translation>
    </message>
    <message>
        <source>Loading the %1 models…</source>
        <translation>Die Modelle von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Evaluating with %1…</source>
        <translation>Auswertung mit %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ErrorListDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>These files were skipped. They stay listed until they are fixed or removed; the rest of the library is not affected.</source>
        <translation>Diese Dateien wurden übersprungen. Sie bleiben aufgelistet, bis sie repariert oder entfernt sind; der Rest der Bibliothek ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try these files again (after installing a codec, or once a copy has finished)</source>
        <translation>Diese Dateien erneut versuchen (nach der Installation eines Codecs oder wenn ein Kopiervorgang abgeschlossen ist)</translation>
    </message>
    <message>
        <source>Could not show %1.</source>
        <translation>%1 konnte nicht angezeigt werden.</translation>
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
        <translation>%1 der Wortteile sind dem Vokabular unbekannt</translation>
    </message>
    <message>
        <source>words fall apart into %1 pieces each</source>
        <translation>Wörter zerfallen in je %1 Teile</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>%Ln Bildunterschrift länger, als das Modell liest</numerusform>
            <numerusform>%Ln Bildunterschriften länger, als das Modell liest</numerusform>
        </translation>
    </message>
    <message>
        <source>known words (%1 pieces per word)</source>
        <translation>bekannte Wörter (%1 Teile pro Wort)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Evaluate translations — LinguaLens</source>
        <translation>Übersetzungen auswerten – LinguaLens</translation>
    </message>
    <message>
        <source>Open set…</source>
        <translation>Satz öffnen…</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>Satz speichern…</translation>
    </message>
    <message>
        <source>Images folder…</source>
        <translation>Bilderordner…</translation>
    </message>
    <message>
        <source>Where this set&apos;s images are, when they are not next to the set file</source>
        <translation>Wo die Bilder dieses Satzes liegen, wenn sie nicht neben der Satzdatei sind</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Sprache hinzufügen…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source> Reference language: </source>
        <translation> Referenzsprache: </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Encode the images and every caption, then compare (F5)</source>
        <translation>Die Bilder und alle Bildunterschriften kodieren und dann vergleichen (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Bildunterschriften</translation>
    </message>
    <message>
        <source>Softmax over captions (%)</source>
        <translation>Softmax über die Bildunterschriften (%)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Text→image R@1</source>
        <translation>Text→Bild R@1</translation>
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
        <translation>Bild→Text R@1</translation>
    </message>
    <message>
        <source>Cosine to reference</source>
        <translation>Kosinus zur Referenz</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>Top-k-Überschneidung</translation>
    </message>
    <message>
        <source>Unknown pieces</source>
        <translation>Unbekannte Teile</translation>
    </message>
    <message>
        <source>Pieces per word</source>
        <translation>Teile pro Wort</translation>
    </message>
    <message>
        <source>What the tokenizer shows</source>
        <translation>Was der Tokenizer zeigt</translation>
    </message>
    <message>
        <source>Share of the captions&apos; word pieces the text model&apos;s vocabulary does not know ([UNK])</source>
        <translation>Anteil der Wortteile der Bildunterschriften, die das Vokabular des Textmodells nicht kennt ([UNK])</translation>
    </message>
    <message>
        <source>Word pieces per word: 1 means whole words; high means the words fall apart into letters. Hover a row to see each caption&apos;s pieces.</source>
        <translation>Wortteile pro Wort: 1 bedeutet ganze Wörter; ein hoher Wert bedeutet, dass die Wörter in Buchstaben zerfallen. Bewegen Sie den Mauszeiger über eine Zeile, um die Teile jeder Bildunterschrift zu sehen.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Bildunterschrift hinzufügen</translation>
    </message>
    <message>
        <source>From selected row</source>
        <translation>Aus ausgewählter Zeile</translation>
    </message>
    <message>
        <source>Take the captions of the row selected in the Captions tab</source>
        <translation>Die Bildunterschriften der im Reiter „Bildunterschriften“ ausgewählten Zeile übernehmen</translation>
    </message>
    <message>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>Compare in library</source>
        <translation>In der Bibliothek vergleichen</translation>
    </message>
    <message>
        <source>The first caption is the reference. Photos outlined in orange are not among the reference&apos;s top results: that is where a translation diverges.</source>
        <translation>Die erste Bildunterschrift ist die Referenz. Orange umrandete Fotos gehören nicht zu den besten Ergebnissen der Referenz: Dort weicht eine Übersetzung ab.</translation>
    </message>
    <message>
        <source>Library comparison</source>
        <translation>Vergleich in der Bibliothek</translation>
    </message>
    <message>
        <source>Give a caption and at least one translation.</source>
        <translation>Geben Sie eine Bildunterschrift und mindestens eine Übersetzung ein.</translation>
    </message>
    <message>
        <source>Waiting for the models…</source>
        <translation>Warten auf die Modelle…</translation>
    </message>
    <message>
        <source>Untitled set</source>
        <translation>Unbenannter Satz</translation>
    </message>
    <message>
        <source>Row %1: the image %2 does not exist.</source>
        <translation>Zeile %1: Das Bild %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The set has no images yet: “Add images…”.</source>
        <translation>Der Satz hat noch keine Bilder: „Bilder hinzufügen…“.</translation>
    </message>
    <message>
        <source>Open a set first; then say where its images are.</source>
        <translation>Öffnen Sie zuerst einen Satz; geben Sie dann an, wo seine Bilder liegen.</translation>
    </message>
    <message>
        <source>Where are the images of this set?</source>
        <translation>Wo liegen die Bilder dieses Satzes?</translation>
    </message>
    <message>
        <source>%1 — Evaluate translations</source>
        <translation>%1 – Übersetzungen auswerten</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>%Ln Bild, Sprachen: %1</numerusform>
            <numerusform>%Ln Bilder, Sprachen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform> – %Ln Bild nicht gefunden: Zeigen Sie mit „Bilderordner…“, wo es liegt.</numerusform>
            <numerusform> – %Ln Bilder nicht gefunden: Zeigen Sie mit „Bilderordner…“, wo sie liegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>Satz öffnen</translation>
    </message>
    <message>
        <source>This set cannot be opened:

%1</source>
        <translation>Dieser Satz kann nicht geöffnet werden:

%1</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>Einen Auswertungssatz öffnen</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json *.tsv)</source>
        <translation>Auswertungssätze (*.json *.tsv)</translation>
    </message>
    <message>
        <source>Save the evaluation set</source>
        <translation>Den Auswertungssatz speichern</translation>
    </message>
    <message>
        <source>Evaluation set (*.json)</source>
        <translation>Auswertungssatz (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save set</source>
        <translation>Satz speichern</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Eine Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):</source>
        <translation>Sprachcode (BCP-47, z. B. „sv“, „el“, „kn“, „zh-Hans“):</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>„%1“ ist kein Sprachcode.</translation>
    </message>
    <message>
        <source>The models are still loading; try again in a moment.</source>
        <translation>Die Modelle werden noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>%Ln Bild und seine Bildunterschriften werden kodiert…</numerusform>
            <numerusform>%Ln Bilder und ihre Bildunterschriften werden kodiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s: %2 image(s) encoded, %3 taken from the library</source>
        <translation>Fertig in %1 s: %2 Bild(er) kodiert, %3 aus der Bibliothek übernommen</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 – Genauigkeit %2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source> (top %1)</source>
        <translation> (Top %1)</translation>
    </message>
    <message>
        <source> (cut short)</source>
        <translation> (gekürzt)</translation>
    </message>
    <message>
        <source>softmax, %</source>
        <translation>Softmax, %</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1 — %2 shared</source>
        <translation>%1 – %2 gemeinsam</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> Vergleichen mit: </translation>
    </message>
    <message>
        <source>Run the same set with a second Multilingual-CLIP pair, each in its own space, and read the two side by side: which pair keeps your language&apos;s captions closest to the reference?</source>
        <translation>Denselben Satz auch mit einem zweiten Multilingual-CLIP-Paar auswerten, jedes in seinem eigenen Raum, und beide nebeneinander lesen: Welches Paar hält die Bildunterschriften Ihrer Sprache am nächsten an der Referenz?</translation>
    </message>
    <message>
        <source>Whose heatmap to show: the evaluated pair&apos;s or the compared one&apos;s</source>
        <translation>Wessen Heatmap gezeigt wird: die des ausgewerteten oder die des verglichenen Paars</translation>
    </message>
    <message>
        <source>Pairs side by side</source>
        <translation>Paare nebeneinander</translation>
    </message>
    <message>
        <source> Evaluated with: %1 </source>
        <translation> Ausgewertet mit: %1 </translation>
    </message>
    <message>
        <source>no second pair</source>
        <translation>kein zweites Paar</translation>
    </message>
    <message>
        <source>%1 (not downloaded)</source>
        <translation>%1 (nicht heruntergeladen)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Ordner für den Bericht</translation>
    </message>
    <message>
        <source>Save the results to share them: one HTML page with the photos, heatmaps and tables, a PNG heatmap and a CSV per language</source>
        <translation>Die Ergebnisse zum Weitergeben speichern: eine HTML-Seite mit Fotos, Heatmaps und Tabellen, je Sprache eine PNG-Heatmap und eine CSV-Datei</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>Der Bericht konnte nicht geschrieben werden:

%1</translation>
    </message>
    <message>
        <source>Report written: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Bericht geschrieben: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message>
        <source>Best first</source>
        <translation>Beste zuerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Show only photos at least this relevant. It starts where this query&apos;s good matches seem to end.</source>
        <translation>Nur Fotos anzeigen, die mindestens so relevant sind. Der Regler beginnt dort, wo die guten Treffer dieser Suche zu enden scheinen.</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Alle Ordner</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Only photos taken between these dates (the camera&apos;s calendar)</source>
        <translation>Nur Fotos, die zwischen diesen Daten aufgenommen wurden (nach dem Kalender der Kamera)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Relevance applies to a search: type what you are looking for.</source>
        <translation>Die Relevanz gilt für eine Suche: Geben Sie ein, wonach Sie suchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln Foto</numerusform>
            <numerusform>%Ln Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::HeatmapWidget</name>
    <message>
        <source>Run the evaluation to see the heatmap.</source>
        <translation>Führen Sie die Auswertung aus, um die Heatmap zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;“%2”&lt;br&gt;%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;„%2“&lt;br&gt;%3%4</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::IndexWorker</name>
    <message>
        <source>no extension</source>
        <translation>keine Endung</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · %Ln Datei nicht unterstützt: %1</numerusform>
            <numerusform> · %Ln Dateien nicht unterstützt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Library up to date: %L1 new, %L2 changed, %L3 removed</source>
        <translation>Bibliothek aktuell: %L1 neu, %L2 geändert, %L3 entfernt</translation>
    </message>
    <message>
        <source> (%1 images/s)</source>
        <translation> (%1 Bilder/s)</translation>
    </message>
    <message>
        <source> · %1 holds no photos</source>
        <translation> · %1 enthält keine Fotos</translation>
    </message>
    <message>
        <source>Indexing stopped; everything finished so far is saved.</source>
        <translation>Indizierung angehalten; alles bisher Erledigte ist gespeichert.</translation>
    </message>
    <message>
        <source>Another program (probably lingualens-cli) is updating this library. Indexing will be possible when it has finished.</source>
        <translation>Ein anderes Programm (wahrscheinlich lingualens-cli) aktualisiert gerade diese Bibliothek. Die Indizierung ist möglich, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>Removed %1 from the library (the photos themselves are untouched).</source>
        <translation>%1 wurde aus der Bibliothek entfernt (die Fotos selbst bleiben unangetastet).</translation>
    </message>
    <message>
        <source>%1 is now at %2; its photos are kept.</source>
        <translation>%1 liegt jetzt unter %2; seine Fotos bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Click a folder to see only its photos</source>
        <translation>Klicken Sie auf einen Ordner, um nur seine Fotos zu sehen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>The selected folder is not connected: show where it is now (its photos are kept, nothing is indexed again)</source>
        <translation>Der ausgewählte Ordner ist nicht verbunden: Zeigen Sie, wo er jetzt ist (seine Fotos bleiben erhalten, nichts wird neu indiziert)</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (the photos stay on disk)</source>
        <translation>Den ausgewählten Ordner aus der Bibliothek entfernen (die Fotos bleiben auf der Festplatte)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted photos now</source>
        <translation>Jetzt nach neuen, geänderten und gelöschten Fotos suchen</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Ordner entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the library?

The photos themselves are not touched; only LinguaLens forgets them.</source>
        <translation>%1 aus der Bibliothek entfernen?

Die Fotos selbst werden nicht angetastet; nur LinguaLens vergisst sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht gelesen werden – &lt;a href=&quot;#&quot;&gt;anzeigen&lt;/a&gt;</numerusform>
            <numerusform>%Ln Dateien konnten nicht gelesen werden – &lt;a href=&quot;#&quot;&gt;anzeigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Alle Fotos</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
Nicht verbunden: Sein %Ln Foto bleibt erhalten und ist bis zur Rückkehr des Laufwerks aus den Ergebnissen ausgeblendet – oder nutzen Sie „Suchen…“</numerusform>
            <numerusform>%1
Nicht verbunden: Seine %Ln Fotos bleiben erhalten und sind bis zur Rückkehr des Laufwerks aus den Ergebnissen ausgeblendet – oder nutzen Sie „Suchen…“</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet: “Add folder…”</source>
        <translation>Noch keine Ordner: „Ordner hinzufügen…“</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message>
        <source>%1 scored %2 in your last evaluation (%3 %4): results may be weak.</source>
        <translation>%1 erreichte %2 in Ihrer letzten Auswertung (%3 %4): Die Ergebnisse könnten schwach sein.</translation>
    </message>
    <message>
        <source>LinguaLens</source>
        <translation>LinguaLens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Die Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Describe a photo in any language. Combine: “beach +sunset -people”. Drop or paste an image to find similar photos.</source>
        <translation>Beschreiben Sie ein Foto in einer beliebigen Sprache. Kombinieren: „Strand +Sonnenuntergang -Menschen“. Legen Sie ein Bild ab oder fügen Sie es ein, um ähnliche Fotos zu finden.</translation>
    </message>
    <message>
        <source>Searching by example image; click to stop</source>
        <translation>Suche nach Beispielbild; zum Beenden klicken</translation>
    </message>
    <message>
        <source>Search tips (F1)</source>
        <translation>Suchtipps (F1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LinguaLens&lt;/h2&gt;&lt;p&gt;Add the folders that hold your photos. LinguaLens looks at every photo once (on this computer, nothing leaves it); then describe what you are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei LinguaLens&lt;/h2&gt;&lt;p&gt;Fügen Sie die Ordner mit Ihren Fotos hinzu. LinguaLens sieht sich jedes Foto einmal an (auf diesem Computer, nichts verlässt ihn); dann beschreiben Sie in einer beliebigen Sprache, wonach Sie suchen – „Eisbär im Schnee“, „белая кошка“, „夕焼けの海“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>%Ln Pfad kopieren</numerusform>
            <numerusform>%Ln Pfade kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>%Ln Foto in einen Ordner exportieren…</numerusform>
            <numerusform>%Ln Fotos in einen Ordner exportieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>%Ln Foto in den Papierkorb verschieben</numerusform>
            <numerusform>%Ln Fotos in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>Mit Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>In einen Ordner exportieren…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Ähnliche finden</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Pause indexing</source>
        <translation>Indizierung &amp;pausieren</translation>
    </message>
    <message>
        <source>Paused — indexing waits until you resume</source>
        <translation>Pausiert – die Indizierung wartet, bis Sie sie fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Resume indexing</source>
        <translation>Indizierung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>&amp;Stop indexing</source>
        <translation>Indizierung &amp;beenden</translation>
    </message>
    <message>
        <source>Resume &amp;indexing</source>
        <translation>&amp;Indizierung fortsetzen</translation>
    </message>
    <message>
        <source>Search by &amp;image file…</source>
        <translation>Nach &amp;Bilddatei suchen…</translation>
    </message>
    <message>
        <source>Find photos like…</source>
        <translation>Fotos finden wie…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Search by pasted image</source>
        <translation>Nach eingefügtem Bild suchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>&amp;Download models…</source>
        <translation>Modelle &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Duplikate finden…</translation>
    </message>
    <message>
        <source>&amp;Evaluate translations…</source>
        <translation>Übersetzungen &amp;auswerten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;Suchtipps</translation>
    </message>
    <message>
        <source>&amp;About LinguaLens</source>
        <translation>Ü&amp;ber LinguaLens</translation>
    </message>
    <message>
        <source>The models could not be loaded</source>
        <translation>Die Modelle konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>Modelle konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The models could not be loaded:
%1

Choose other files in Settings (Ctrl+,).</source>
        <translation>Die Modelle konnten nicht geladen werden:
%1

Wählen Sie in den Einstellungen (Strg+,) andere Dateien.</translation>
    </message>
    <message>
        <source>Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”</source>
        <translation>Beschreiben Sie ein Foto in einer beliebigen Sprache – „Eisbär im Schnee“, „белая кошка“</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Models ready (%1 s)</source>
        <translation>Modelle bereit (%1 s)</translation>
    </message>
    <message>
        <source>Waiting for the image model…</source>
        <translation>Warten auf das Bildmodell…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>understanding the query %1 ms, searching %L2 photos %3 ms</source>
        <translation>Anfrage verstehen %1 ms, %L2 Fotos durchsuchen %3 ms</translation>
    </message>
    <message>
        <source>No photo from %1 matches. Click a filter&apos;s ✕ above to search without it.</source>
        <translation>Kein Foto aus %1 passt. Klicken Sie oben auf das ✕ eines Filters, um ohne ihn zu suchen.</translation>
    </message>
    <message>
        <source>No photos are indexed yet.</source>
        <translation>Noch sind keine Fotos indiziert.</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>Keine Fotos passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View photo</source>
        <translation>Foto an&amp;sehen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Like: %1  ✕</source>
        <translation>Wie: %1  ✕</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>abgelegtes Bild</translation>
    </message>
    <message>
        <source>Drop an image file to find similar photos, or a folder to add it.</source>
        <translation>Legen Sie eine Bilddatei ab, um ähnliche Fotos zu finden, oder einen Ordner, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Suche nach Fotos…</translation>
    </message>
    <message>
        <source>Indexing %L1 of %L2</source>
        <translation>Indiziere %L1 von %L2</translation>
    </message>
    <message>
        <source> · %1 photos/s</source>
        <translation> · %1 Fotos/s</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · noch %Ln s</numerusform>
            <numerusform> · noch %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · noch %Ln Min.</numerusform>
            <numerusform> · noch %Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %L1 of %L2 done</source>
        <translation>Pausiert – %L1 von %L2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>Indizierung angehalten; alles bisher Erledigte ist gespeichert. Noch %Ln Foto offen – Bibliothek ▸ Indizierung fortsetzen.</numerusform>
            <numerusform>Indizierung angehalten; alles bisher Erledigte ist gespeichert. Noch %Ln Fotos offen – Bibliothek ▸ Indizierung fortsetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizierung</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Wo ist %1 jetzt?</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Einen Fotoordner hinzufügen</translation>
    </message>
    <message>
        <source>Indexing starts when the models are loaded.</source>
        <translation>Die Indizierung beginnt, sobald die Modelle geladen sind.</translation>
    </message>
    <message>
        <source>Trying the files that could not be read again…</source>
        <translation>Die nicht lesbaren Dateien werden erneut versucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>%Ln Pfad kopiert.</numerusform>
            <numerusform>%Ln Pfade kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>%Ln Foto kopieren nach…</numerusform>
            <numerusform>%Ln Fotos kopieren nach…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>%Ln Foto wird kopiert…</numerusform>
            <numerusform>%Ln Fotos werden kopiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>%Ln Foto nach %1 kopiert.</numerusform>
            <numerusform>%Ln Fotos nach %1 kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>%Ln Foto in den Papierkorb verschieben? Sie können es später aus dem Papierkorb wiederherstellen.</numerusform>
            <numerusform>%Ln Fotos in den Papierkorb verschieben? Sie können sie später aus dem Papierkorb wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln Foto in den Papierkorb verschoben.</numerusform>
            <numerusform>%Ln Fotos in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the models</source>
        <translation>Warten auf die Modelle</translation>
    </message>
    <message>
        <source>The models are needed before searching</source>
        <translation>Vor dem Suchen werden die Modelle benötigt</translation>
    </message>
    <message>
        <source>LinguaLens needs its two models before it can search or index. They are not in %1 yet.</source>
        <translation>LinguaLens braucht seine zwei Modelle, bevor es suchen oder indizieren kann. Sie sind noch nicht in %1.</translation>
    </message>
    <message>
        <source>The %1 models and their own library open at the next start.</source>
        <translation>Die Modelle %1 und ihre eigene Bibliothek werden beim nächsten Start geöffnet.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The library in %1 opens at the next start.</source>
        <translation>Die Bibliothek in %1 wird beim nächsten Start geöffnet.</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>der Standardort</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ModelSetupDialog</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>found, checked: %1</source>
        <translation>gefunden, geprüft: %1</translation>
    </message>
    <message>
        <source>LinguaLens needs its models</source>
        <translation>LinguaLens braucht seine Modelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;LinguaLens understands photos and text with two models: OpenAI&apos;s CLIP image model &lt;b&gt;RN50x4&lt;/b&gt; (about 400 MB) and the Multilingual-CLIP text model &lt;b&gt;M-BERT-Base-69&lt;/b&gt; with its head (about 700 MB). Download them into &lt;b&gt;%1&lt;/b&gt; (each file is checked; an interrupted download continues where it stopped), or choose the files you have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LinguaLens versteht Fotos und Text mit zwei Modellen: dem Bildmodell &lt;b&gt;RN50x4&lt;/b&gt; von OpenAIs CLIP (etwa 400 MB) und dem Textmodell &lt;b&gt;M-BERT-Base-69&lt;/b&gt; von Multilingual-CLIP mit seinem Kopf (etwa 700 MB). Laden Sie sie nach &lt;b&gt;%1&lt;/b&gt; herunter (jede Datei wird geprüft; ein unterbrochener Download geht dort weiter, wo er aufgehört hat), oder wählen Sie die Dateien aus, die Sie haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Image model (RN50x4.pt)</source>
        <translation>Bildmodell (RN50x4.pt)</translation>
    </message>
    <message>
        <source>Text model (M-BERT-Base-69 folder)</source>
        <translation>Textmodell (Ordner M-BERT-Base-69)</translation>
    </message>
    <message>
        <source>Text head (… Linear Weights.pkl)</source>
        <translation>Textkopf (… Linear Weights.pkl)</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The M-BERT-Base-69 folder</source>
        <translation>Der Ordner M-BERT-Base-69</translation>
    </message>
    <message>
        <source>The image model</source>
        <translation>Das Bildmodell</translation>
    </message>
    <message>
        <source>The text head</source>
        <translation>Der Textkopf</translation>
    </message>
    <message>
        <source>CLIP models (*.pt *.safetensors);;All files (*)</source>
        <translation>CLIP-Modelle (*.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Text heads (*.pkl);;All files (*)</source>
        <translation>Textköpfe (*.pkl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mirror (optional):</source>
        <translation>Spiegelserver (optional):</translation>
    </message>
    <message>
        <source>https://… a server with the same files, e.g. inside your network</source>
        <translation>https://… ein Server mit denselben Dateien, z. B. in Ihrem Netzwerk</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Copy files I have…</source>
        <translation>Vorhandene Dateien kopieren…</translation>
    </message>
    <message>
        <source>Files from a USB stick, another computer or a browser download: they are checked and copied into the models folder</source>
        <translation>Dateien von einem USB-Stick, einem anderen Computer oder aus einem Browser-Download: Sie werden geprüft und in den Modellordner kopiert</translation>
    </message>
    <message>
        <source>Use these files</source>
        <translation>Diese Dateien verwenden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Choose the model files you have</source>
        <translation>Wählen Sie die vorhandenen Modelldateien aus</translation>
    </message>
    <message>
        <source>Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)</source>
        <translation>Modelldateien (*.pt *.safetensors *.bin *.pkl *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking and copying…</source>
        <translation>Wird geprüft und kopiert…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>waiting (%1)</source>
        <translation>wartet (%1)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 free on this disk)…</source>
        <translation>%1 werden heruntergeladen (%2 frei auf diesem Datenträger)…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 werden heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message>
        <source>Ask size</source>
        <translation>Größe erfragen</translation>
    </message>
    <message>
        <source>Asks the servers how large each of the pair&apos;s files is, without downloading them, and whether this disk has room</source>
        <translation>Fragt die Server, wie groß jede Datei des Paars ist, ohne sie herunterzuladen, und ob dieser Datenträger Platz dafür hat</translation>
    </message>
    <message>
        <source>Download size: not asked yet.</source>
        <translation>Downloadgröße: noch nicht erfragt.</translation>
    </message>
    <message>
        <source>Asking the servers…</source>
        <translation>Die Server werden gefragt…</translation>
    </message>
    <message>
        <source>All its files are here: %1 on disk.</source>
        <translation>Alle seine Dateien sind da: %1 auf dem Datenträger.</translation>
    </message>
    <message>
        <source>The servers did not say how large its files are (is this computer offline?).</source>
        <translation>Die Server haben die Größe seiner Dateien nicht genannt (ist dieser Computer offline?).</translation>
    </message>
    <message>
        <source>Download: %1 in all, %2 still to fetch.</source>
        <translation>Download: %1 insgesamt, %2 noch zu holen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>%Ln Datei hat keine Größe genannt.</numerusform>
            <numerusform>%Ln Dateien haben keine Größe genannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free on this disk.</source>
        <translation>%1 frei auf diesem Datenträger.</translation>
    </message>
    <message>
        <source>Not enough room: %1 free on this disk.</source>
        <translation>Nicht genug Platz: %1 frei auf diesem Datenträger.</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(erfragt am %1)</translation>
    </message>
    <message>
        <source>Could not ask: %1</source>
        <translation>Konnte nicht fragen: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSpeedRow</name>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Runs both models for a few seconds on this computer: images per second when indexing (decoding the photos comes on top), the time of one search, and the memory they take</source>
        <translation>Führt beide Modelle einige Sekunden lang auf diesem Computer aus: Bilder pro Sekunde beim Indizieren (das Dekodieren der Fotos kommt hinzu), die Dauer einer Suche und den Speicher, den sie belegen</translation>
    </message>
    <message>
        <source>Its speed can be measured once its files are here.</source>
        <translation>Seine Geschwindigkeit lässt sich messen, sobald seine Dateien da sind.</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; the computer is busy meanwhile)</source>
        <translation>Wird gemessen… (einige Sekunden; der Computer ist währenddessen ausgelastet)</translation>
    </message>
    <message>
        <source>On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).</source>
        <translation>Auf diesem Computer: %1 Bilder/s, %2 ms pro Suche, %3 Speicher (gemessen am %4).</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Messen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message>
        <source>Each pair is evaluated in its own space: accuracy and recall compare directly; the cosine to the reference says how close each pair keeps a translation to the reference caption in its own space.</source>
        <translation>Jedes Paar wird in seinem eigenen Raum ausgewertet: Genauigkeit und Recall sind direkt vergleichbar; der Kosinus zur Referenz sagt, wie nah jedes Paar eine Übersetzung in seinem eigenen Raum an der Referenz-Bildunterschrift hält.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Text→image R@1 %1</source>
        <translation>Text→Bild R@1 %1</translation>
    </message>
    <message>
        <source>Cosine to reference %1</source>
        <translation>Kosinus zur Referenz %1</translation>
    </message>
    <message>
        <source>Top-k overlap %1</source>
        <translation>Top-k-Überschneidung %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>The two pairs have no language in common on this set.</source>
        <translation>Die beiden Paare haben in diesem Satz keine gemeinsame Sprache.</translation>
    </message>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>Mittlere Genauigkeit über %Ln Sprache: %1 mit %2, %3 mit %4.</numerusform>
            <numerusform>Mittlere Genauigkeit über %Ln Sprachen: %1 mit %2, %3 mit %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ahead in %2, %3 in %4, and they are even in %5.</source>
        <translation>%1 liegt in %2 vorn, %3 in %4, gleichauf sind sie in %5.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Fotobetrachter</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>←/→ browse · Z zoom · I details · F full screen · Esc back</source>
        <translation>←/→ blättern · Z Zoom · I Details · F Vollbild · Esc zurück</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PreviewPane</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>Mit der Standardanwendung öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds this photo</source>
        <translation>Den Ordner öffnen, der dieses Foto enthält</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>Den Pfad der Datei kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the picture itself</source>
        <translation>Das Bild selbst kopieren</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Ähnliche finden</translation>
    </message>
    <message>
        <source>Search for photos that look like this one</source>
        <translation>Nach Fotos suchen, die wie dieses aussehen</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>Wählen Sie ein Foto aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>Dieses Foto kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Keine Anwendung ist zum Öffnen von %1 eingerichtet.</translation>
    </message>
    <message>
        <source>The folder %1 is not there (unplugged or moved?).</source>
        <translation>Der Ordner %1 ist nicht da (abgesteckt oder verschoben?).</translation>
    </message>
    <message>
        <source>No file manager is set up to show %1.</source>
        <translation>Kein Dateimanager ist zum Anzeigen von %1 eingerichtet.</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>Pfad kopiert.</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>Bild kopiert.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultDelegate</name>
    <message>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>%1
relevance %2</source>
        <translation>%1
Relevanz %2</translation>
    </message>
    <message>
        <source>%1, relevance %2</source>
        <translation>%1, Relevanz %2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language
(after a restart)</source>
        <translation>Sprache
(nach einem Neustart)</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <source>Library folder
(after a restart)</source>
        <translation>Bibliotheksordner
(nach einem Neustart)</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>CLIP weights (*.pt *.pth *.safetensors)</source>
        <translation>CLIP-Gewichte (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <source>RN50x4.pt in the models folder</source>
        <translation>RN50x4.pt im Modellordner</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Bildmodell</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 in the models folder</source>
        <translation>M-BERT-Base-69 im Modellordner</translation>
    </message>
    <message>
        <source>Text model folder</source>
        <translation>Textmodellordner</translation>
    </message>
    <message>
        <source>Linear head (*.pkl)</source>
        <translation>Linearer Kopf (*.pkl)</translation>
    </message>
    <message>
        <source>found in the text model folder</source>
        <translation>im Textmodellordner gefunden</translation>
    </message>
    <message>
        <source>Text head</source>
        <translation>Textkopf</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>Rechen-Threads</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Vorschaugröße</translation>
    </message>
    <message>
        <source>Fast indexing (approximate)</source>
        <translation>Schnelle Indizierung (angenähert)</translation>
    </message>
    <message>
        <source>Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and the results differ slightly from the exact reference computation.</source>
        <translation>Dekodiert JPEG-Fotos in verringerter Größe: Die Indizierung ist etwa 10 % schneller, und die Ergebnisse weichen leicht von der exakten Referenzberechnung ab.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizierung</translation>
    </message>
    <message>
        <source>Compact text model (half precision)</source>
        <translation>Kompaktes Textmodell (halbe Genauigkeit)</translation>
    </message>
    <message>
        <source>Keeps the text model in half precision: about 170 MB less memory and faster searches; scores differ from the exact computation by about 0.1 %.</source>
        <translation>Hält das Textmodell in halber Genauigkeit: etwa 170 MB weniger Speicher und schnellere Suchen; die Werte weichen um etwa 0,1 % von der exakten Berechnung ab.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Read dates and places in queries</source>
        <translation>Daten und Orte in Suchanfragen erkennen</translation>
    </message>
    <message>
        <source>“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, and only “beach” goes to the text model. Off: every word is searched as text (words in quotation marks always are).</source>
        <translation>„Strand Juli 2023“ oder „beach in Italy“ zeigt nur die Fotos aus dieser Zeit oder von diesem Ort, und nur „Strand“ geht an das Textmodell. Aus: Jedes Wort wird als Text gesucht (Wörter in Anführungszeichen immer).</translation>
    </message>
    <message>
        <source>Everything applies at once when you press OK (new model files or threads reload the models; searches wait a few seconds meanwhile), except the language and the library folder, which apply at the next start.</source>
        <translation>Alles gilt sofort, wenn Sie auf OK klicken (neue Modelldateien oder Threads laden die Modelle neu; Suchen warten währenddessen einige Sekunden), außer der Sprache und dem Bibliotheksordner, die beim nächsten Start gelten.</translation>
    </message>
    <message>
        <source>Model files chosen one by one below.</source>
        <translation>Modelldateien einzeln unten ausgewählt.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Model pair</source>
        <translation>Modellpaar</translation>
    </message>
    <message>
        <source>%1 text model with the %2 image model, %3-dimensional.</source>
        <translation>Textmodell %1 mit dem Bildmodell %2, %3-dimensional.</translation>
    </message>
    <message>
        <source>Published text-to-image recall@10 on XTD: English %1, German %2, Chinese %3, Japanese %4.</source>
        <translation>Veröffentlichter Text-zu-Bild-Recall@10 auf XTD: Englisch %1, Deutsch %2, Chinesisch %3, Japanisch %4.</translation>
    </message>
    <message>
        <source>Its files are in the models folder.</source>
        <translation>Seine Dateien sind im Modellordner.</translation>
    </message>
    <message>
        <source>Its files are not in the models folder yet (lingualens-cli models download --model-pair %1).</source>
        <translation>Seine Dateien sind noch nicht im Modellordner (lingualens-cli models download --model-pair %1).</translation>
    </message>
    <message>
        <source>A library holds the photos of one pair: a pair with another image model needs a library of its own.</source>
        <translation>Eine Bibliothek enthält die Fotos eines Paares: Ein Paar mit einem anderen Bildmodell braucht eine eigene Bibliothek.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Einen Ordner auswählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei auswählen</translation>
    </message>
    <message>
        <source>Trained on captions in %1 languages; others work through what the text model learned of them.</source>
        <translation>Mit Bildunterschriften in %1 Sprachen trainiert; andere funktionieren über das, was das Textmodell von ihnen gelernt hat.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::UnderstoodChips</name>
    <message>
        <source>Only photos from:</source>
        <translation>Nur Fotos aus:</translation>
    </message>
    <message>
        <source>Understood from “%1”. Click to search without it.</source>
        <translation>Aus „%1“ erkannt. Klicken, um ohne diese Einschränkung zu suchen.</translation>
    </message>
    <message>
        <source>Photos taken south of the equator: %1</source>
        <translation>Fotos südlich des Äquators: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library folder.</source>
        <translation>Bibliotheksordner.</translation>
    </message>
    <message>
        <source>Folder with the model files.</source>
        <translation>Ordner mit den Modelldateien.</translation>
    </message>
    <message>
        <source>CLIP RN50x4 weights.</source>
        <translation>Gewichte von CLIP RN50x4.</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 folder.</source>
        <translation>Ordner von M-BERT-Base-69.</translation>
    </message>
    <message>
        <source>Text head .pkl.</source>
        <translation>Textkopf (.pkl).</translation>
    </message>
    <message>
        <source>Keep the text model in half precision (less memory).</source>
        <translation>Das Textmodell in halber Genauigkeit halten (weniger Speicher).</translation>
    </message>
    <message>
        <source>Run this query at start.</source>
        <translation>Diese Suche beim Start ausführen.</translation>
    </message>
    <message>
        <source>Open the translation evaluation with this set and run it.</source>
        <translation>Die Übersetzungsauswertung mit diesem Satz öffnen und ausführen.</translation>
    </message>
    <message>
        <source>Print the time from launch to the first timeline thumbnails shown (or, with --search, to the first search result), then quit.</source>
        <translation>Die Zeit vom Start bis zu den ersten angezeigten Vorschaubildern der Zeitleiste ausgeben (oder, mit --search, bis zum ersten Suchergebnis), dann beenden.</translation>
    </message>
    <message>
        <source>Search your photos by describing them, in any language.</source>
        <translation>Finden Sie Ihre Fotos, indem Sie sie beschreiben – in jeder Sprache.</translation>
    </message>
    <message>
        <source>Images to search by (opened from a file manager).</source>
        <translation>Bilder, nach denen gesucht wird (aus einem Dateimanager geöffnet).</translation>
    </message>
</context>
</TS>
