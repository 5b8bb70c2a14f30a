<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>Something needed was not found.</source>
        <translation>Un élément nécessaire est introuvable.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (permissions, a full disk or a removed drive?).</source>
        <translation>%1 n’a pas pu être lu ou écrit (droits d’accès, disque plein ou lecteur retiré ?).</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>%1 is damaged, or is not what its name says.</source>
        <translation>%1 est endommagé, ou n’est pas ce que son nom indique.</translation>
    </message>
    <message>
        <source>A file is damaged.</source>
        <translation>Un fichier est endommagé.</translation>
    </message>
    <message>
        <source>%1 is in a form LinguaLens cannot read.</source>
        <translation>%1 est dans une forme que LinguaLens ne sait pas lire.</translation>
    </message>
    <message>
        <source>This is in a form LinguaLens cannot read.</source>
        <translation>Ceci est dans une forme que LinguaLens ne sait pas lire.</translation>
    </message>
    <message>
        <source>These model files do not belong together.</source>
        <translation>Ces fichiers de modèle ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>%1 is too large to open safely.</source>
        <translation>%1 est trop volumineux pour être ouvert sans risque.</translation>
    </message>
    <message>
        <source>This is too large to open safely.</source>
        <translation>C’est trop volumineux pour être ouvert sans risque.</translation>
    </message>
    <message>
        <source>Another program is working on this library; try again when it has finished.</source>
        <translation>Un autre programme travaille sur cette bibliothèque ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>This cannot be done as asked.</source>
        <translation>Ce n’est pas possible tel que demandé.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>%Ln photo traitée</numerusform>
            <numerusform>%Ln photos traitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform> ; %Ln n’a pas pu être traitée : </numerusform>
            <numerusform> ; %Ln n’ont pas pu être traitées : </numerusform>
        </translation>
    </message>
    <message>
        <source> (and more)</source>
        <translation> (et d’autres)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>le fichier n’est plus là</translation>
    </message>
    <message>
        <source>there is no trash for this drive</source>
        <translation>ce disque n’a pas de corbeille</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Search tips</source>
        <translation>Astuces de recherche</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Describe the photo, in any of 69 languages&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;both: &lt;i&gt;beach +sunset&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;less of b: &lt;i&gt;beach -people&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weigh a part: &lt;i&gt;dog^2 +snow&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;an image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drop, paste (Ctrl+V) or choose a photo to find similar ones; with words, both count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;no words&lt;/b&gt;&lt;/td&gt;&lt;td&gt;every photo, newest first (the timeline)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The relevance slider shows more or fewer results; the folder and date filters narrow the search. Enter or double-click opens a photo, Space for a quick look, Esc goes back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Décrivez la photo, dans l’une des 69 langues&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;les deux : &lt;i&gt;plage +coucher de soleil&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;moins de b : &lt;i&gt;plage -gens&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;donner plus de poids à une partie : &lt;i&gt;chien^2 +neige&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;une image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;déposez, collez (Ctrl+V) ou choisissez une photo pour trouver les semblables ; avec des mots, les deux comptent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;aucun mot&lt;/b&gt;&lt;/td&gt;&lt;td&gt;toutes les photos, les plus récentes d’abord (la chronologie)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Le curseur de pertinence affiche plus ou moins de résultats ; les filtres de dossier et de date restreignent la recherche. Entrée ou un double-clic ouvre une photo, Espace pour un aperçu rapide, Échap pour revenir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinguaLens</source>
        <translation>À propos de LinguaLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Search your photos by describing them in any of 69 languages. Everything runs on this computer; no photo or query leaves it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP M-BERT-Base-69 (text; MIT licence). In use:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Places&lt;/b&gt;: the offline gazetteer of populated places comes from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Retrouvez vos photos en les décrivant dans l’une des 69 langues. Tout s’exécute sur cet ordinateur ; aucune photo ni requête n’en sort.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèles&lt;/b&gt; : OpenAI CLIP RN50x4 (image ; licence MIT) et Multilingual-CLIP M-BERT-Base-69 (texte ; licence MIT). En cours d’utilisation :&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conçu avec&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (domaine public), exiv2 (GPL), libheif (LGPL), ICU (licence Unicode), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lieux&lt;/b&gt; : le répertoire hors ligne des lieux habités provient de &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</translation>
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
        <translation>Pas de connexion à %1 : cet ordinateur semble hors ligne, ou un pare-feu bloque l’accès. Connectez-vous et cliquez à nouveau sur Télécharger (le téléchargement reprend là où il s’est arrêté), ou procurez-vous les fichiers ailleurs et choisissez-les sur le disque (« Copier mes fichiers… » ou « Choisir… »).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The download did not succeed: %1

You can try again (it continues where it stopped), or get the files elsewhere and choose them on disk.</source>
        <translation>Le téléchargement a échoué : %1

Vous pouvez réessayer (il reprend là où il s’est arrêté), ou vous procurer les fichiers ailleurs et les choisir sur le disque.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>downloaded from %1, verified</source>
        <translation>téléchargé depuis %1, vérifié</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>Les modèles sont prêts.</translation>
    </message>
    <message>
        <source>Download stopped. It will continue where it stopped next time.</source>
        <translation>Téléchargement interrompu. Il reprendra là où il s’est arrêté la prochaine fois.</translation>
    </message>
    <message>
        <source>%1: placed as %2 (%3)</source>
        <translation>%1 : placé sous %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not used — %2</source>
        <translation>%1 : non utilisé — %2</translation>
    </message>
    <message>
        <source>All model files are in place.</source>
        <translation>Tous les fichiers de modèle sont en place.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Manquent encore : %1</translation>
    </message>
    <message>
        <source>The models do not fit on this disk: %1

Free some space, or choose a models folder on another disk (Settings), then press Download again.</source>
        <translation>Les modèles ne tiennent pas sur ce disque : %1

Libérez de la place ou choisissez un dossier des modèles sur un autre disque (Paramètres), puis cliquez de nouveau sur « Télécharger ».</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message>
        <source>identical files</source>
        <translation>fichiers identiques</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>la même photo</translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>prises de vue semblables</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Similar shots: at least</source>
        <translation>Prises de vue semblables : au moins</translation>
    </message>
    <message>
        <source> % alike</source>
        <comment>how similar two photos look</comment>
        <translation> % de ressemblance</translation>
    </message>
    <message>
        <source>How alike two photos must look to the image model (cosine of their embeddings).</source>
        <translation>À quel point deux photos doivent se ressembler pour le modèle d’image (cosinus de leurs plongements).</translation>
    </message>
    <message>
        <source>and taken within</source>
        <translation>et prises à moins de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep this one (K)</source>
        <translation>Garder celle-ci (K)</translation>
    </message>
    <message>
        <source>Move the others to the trash</source>
        <translation>Mettre les autres à la corbeille</translation>
    </message>
    <message>
        <source>Move them to a folder…</source>
        <translation>Les déplacer dans un dossier…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Move the others to…</source>
        <translation>Déplacer les autres vers…</translation>
    </message>
    <message>
        <source>Looking for copies in the library…</source>
        <translation>Recherche de copies dans la bibliothèque…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %Ln photo</numerusform>
            <numerusform>%1 · %Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates in the library.</source>
        <translation>Aucun doublon dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>%Ln groupe de copies. ←/→ pour les parcourir, K garde la photo sélectionnée.</numerusform>
            <numerusform>%Ln groupes de copies. ←/→ pour les parcourir, K garde la photo sélectionnée.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ KEEP
%1</source>
        <translation>✔ GARDER
%1</translation>
    </message>
    <message>
        <source>kept: your choice</source>
        <translation>gardée : votre choix</translation>
    </message>
    <message>
        <source>Group %L1 of %L2 — %3. %4</source>
        <translation>Groupe %L1 sur %L2 — %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>Mettre %Ln autre à la corbeille</numerusform>
            <numerusform>Mettre les %Ln autres à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln photo mise à la corbeille.</numerusform>
            <numerusform>%Ln photos mises à la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln photo déplacée vers %1.</numerusform>
            <numerusform>%Ln photos déplacées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>%Ln photo restaurée.</numerusform>
            <numerusform>%Ln photos restaurées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::Engine</name>
    <message>
        <source>Loading the text model…</source>
        <translation>Chargement du modèle de texte…</translation>
    </message>
    <message>
        <source>Loading the image model…</source>
        <translation>Chargement du modèle d’image…</translation>
    </message>
    <message>
        <source>the models are not loaded yet</source>
        <translation>les modèles ne sont pas encore chargés</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Évaluation interrompue.</translation>
    </message>
    <message>
        <source>“%1” is not a model pair</source>
        <translation>« %1 » n’est pas une paire de modèles</translation>
    </message>
    <message>
        <source>the %1 models are not in the models folder (lingualens-cli models download --model-pair %1)</source>
        <translation>les modèles %1 ne sont pas dans le dossier des modèles (lingualens-cli models download --model-pair %1)</translation>
    </message>
    <message>
        <source>Loading the %1 models…</source>
        <translation>Chargement des modèles %1…</translation>
    </message>
    <message>
        <source>Evaluating with %1…</source>
        <translation>Évaluation avec %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ErrorListDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <source>These files were skipped. They stay listed until they are fixed or removed; the rest of the library is not affected.</source>
        <translation>Ces fichiers ont été ignorés. Ils restent dans la liste jusqu’à ce qu’ils soient réparés ou supprimés ; le reste de la bibliothèque n’est pas concerné.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try these files again (after installing a codec, or once a copy has finished)</source>
        <translation>Réessayer ces fichiers (après l’installation d’un codec, ou une fois une copie terminée)</translation>
    </message>
    <message>
        <source>Could not show %1.</source>
        <translation>Impossible d’afficher %1.</translation>
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
        <translation>%1 des fragments de mots sont inconnus du vocabulaire</translation>
    </message>
    <message>
        <source>words fall apart into %1 pieces each</source>
        <translation>les mots se décomposent en %1 fragments chacun</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>%Ln légende plus longue que ce que lit le modèle</numerusform>
            <numerusform>%Ln légendes plus longues que ce que lit le modèle</numerusform>
        </translation>
    </message>
    <message>
        <source>known words (%1 pieces per word)</source>
        <translation>mots connus (%1 fragments par mot)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Evaluate translations — LinguaLens</source>
        <translation>Évaluer des traductions — LinguaLens</translation>
    </message>
    <message>
        <source>Open set…</source>
        <translation>Ouvrir un jeu…</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>Enregistrer le jeu…</translation>
    </message>
    <message>
        <source>Images folder…</source>
        <translation>Dossier des images…</translation>
    </message>
    <message>
        <source>Where this set&apos;s images are, when they are not next to the set file</source>
        <translation>Où se trouvent les images de ce jeu, lorsqu’elles ne sont pas à côté du fichier du jeu</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Ajouter une langue…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source> Reference language: </source>
        <translation> Langue de référence : </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Encode the images and every caption, then compare (F5)</source>
        <translation>Encoder les images et chaque légende, puis comparer (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Légendes</translation>
    </message>
    <message>
        <source>Softmax over captions (%)</source>
        <translation>Softmax sur les légendes (%)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Text→image R@1</source>
        <translation>Texte→image R@1</translation>
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
        <translation>Image→texte R@1</translation>
    </message>
    <message>
        <source>Cosine to reference</source>
        <translation>Cosinus avec la référence</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>Recouvrement du top k</translation>
    </message>
    <message>
        <source>Unknown pieces</source>
        <translation>Fragments inconnus</translation>
    </message>
    <message>
        <source>Pieces per word</source>
        <translation>Fragments par mot</translation>
    </message>
    <message>
        <source>What the tokenizer shows</source>
        <translation>Ce que montre le tokeniseur</translation>
    </message>
    <message>
        <source>Share of the captions&apos; word pieces the text model&apos;s vocabulary does not know ([UNK])</source>
        <translation>Part des fragments de mots des légendes que le vocabulaire du modèle de texte ne connaît pas ([UNK])</translation>
    </message>
    <message>
        <source>Word pieces per word: 1 means whole words; high means the words fall apart into letters. Hover a row to see each caption&apos;s pieces.</source>
        <translation>Fragments par mot : 1 signifie des mots entiers ; une valeur élevée signifie que les mots se décomposent en lettres. Survolez une ligne pour voir les fragments de chaque légende.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Ajouter une légende</translation>
    </message>
    <message>
        <source>From selected row</source>
        <translation>Depuis la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Take the captions of the row selected in the Captions tab</source>
        <translation>Reprendre les légendes de la ligne sélectionnée dans l’onglet Légendes</translation>
    </message>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>Compare in library</source>
        <translation>Comparer dans la bibliothèque</translation>
    </message>
    <message>
        <source>The first caption is the reference. Photos outlined in orange are not among the reference&apos;s top results: that is where a translation diverges.</source>
        <translation>La première légende est la référence. Les photos entourées d’orange ne figurent pas parmi les meilleurs résultats de la référence : c’est là qu’une traduction diverge.</translation>
    </message>
    <message>
        <source>Library comparison</source>
        <translation>Comparaison dans la bibliothèque</translation>
    </message>
    <message>
        <source>Give a caption and at least one translation.</source>
        <translation>Saisissez une légende et au moins une traduction.</translation>
    </message>
    <message>
        <source>Waiting for the models…</source>
        <translation>En attente des modèles…</translation>
    </message>
    <message>
        <source>Untitled set</source>
        <translation>Jeu sans titre</translation>
    </message>
    <message>
        <source>Row %1: the image %2 does not exist.</source>
        <translation>Ligne %1 : l’image %2 n’existe pas.</translation>
    </message>
    <message>
        <source>The set has no images yet: “Add images…”.</source>
        <translation>Le jeu n’a pas encore d’images : « Ajouter des images… ».</translation>
    </message>
    <message>
        <source>Open a set first; then say where its images are.</source>
        <translation>Ouvrez d’abord un jeu ; indiquez ensuite où se trouvent ses images.</translation>
    </message>
    <message>
        <source>Where are the images of this set?</source>
        <translation>Où sont les images de ce jeu ?</translation>
    </message>
    <message>
        <source>%1 — Evaluate translations</source>
        <translation>%1 — Évaluer des traductions</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>%Ln image, langues : %1</numerusform>
            <numerusform>%Ln images, langues : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform> — %Ln image introuvable : indiquez où elle se trouve avec « Dossier des images… ».</numerusform>
            <numerusform> — %Ln images introuvables : indiquez où elles se trouvent avec « Dossier des images… ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>Ouvrir un jeu</translation>
    </message>
    <message>
        <source>This set cannot be opened:

%1</source>
        <translation>Impossible d’ouvrir ce jeu :

%1</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>Ouvrir un jeu d’évaluation</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json *.tsv)</source>
        <translation>Jeux d’évaluation (*.json *.tsv)</translation>
    </message>
    <message>
        <source>Save the evaluation set</source>
        <translation>Enregistrer le jeu d’évaluation</translation>
    </message>
    <message>
        <source>Evaluation set (*.json)</source>
        <translation>Jeu d’évaluation (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save set</source>
        <translation>Enregistrer le jeu</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):</source>
        <translation>Code de langue (BCP-47, p. ex. « sv », « el », « kn », « zh-Hans ») :</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>« %1 » n’est pas un code de langue.</translation>
    </message>
    <message>
        <source>The models are still loading; try again in a moment.</source>
        <translation>Les modèles sont encore en cours de chargement ; réessayez dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>Encodage de %Ln image et de ses légendes…</numerusform>
            <numerusform>Encodage de %Ln images et de leurs légendes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s: %2 image(s) encoded, %3 taken from the library</source>
        <translation>Terminé en %1 s : %2 image(s) encodée(s), %3 reprise(s) de la bibliothèque</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 — exactitude %2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source> (top %1)</source>
        <translation> (top %1)</translation>
    </message>
    <message>
        <source> (cut short)</source>
        <translation> (tronqué)</translation>
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
        <translation>%1 (référence)</translation>
    </message>
    <message>
        <source>%1 — %2 shared</source>
        <translation>%1 — %2 en commun</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> Comparer avec : </translation>
    </message>
    <message>
        <source>Run the same set with a second Multilingual-CLIP pair, each in its own space, and read the two side by side: which pair keeps your language&apos;s captions closest to the reference?</source>
        <translation>Évaluer le même jeu avec une seconde paire Multilingual-CLIP, chacune dans son propre espace, et lire les deux côte à côte : quelle paire garde les légendes de votre langue au plus près de la référence ?</translation>
    </message>
    <message>
        <source>Whose heatmap to show: the evaluated pair&apos;s or the compared one&apos;s</source>
        <translation>Quelle carte de chaleur afficher : celle de la paire évaluée ou celle de la paire comparée</translation>
    </message>
    <message>
        <source>Pairs side by side</source>
        <translation>Paires côte à côte</translation>
    </message>
    <message>
        <source> Evaluated with: %1 </source>
        <translation> Évalué avec : %1 </translation>
    </message>
    <message>
        <source>no second pair</source>
        <translation>pas de seconde paire</translation>
    </message>
    <message>
        <source>%1 (not downloaded)</source>
        <translation>%1 (non téléchargée)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Dossier du rapport</translation>
    </message>
    <message>
        <source>Save the results to share them: one HTML page with the photos, heatmaps and tables, a PNG heatmap and a CSV per language</source>
        <translation>Enregistrer les résultats pour les partager : une page HTML avec les photos, les cartes de chaleur et les tableaux, une carte de chaleur PNG et un CSV par langue</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>Le rapport n’a pas pu être écrit :

%1</translation>
    </message>
    <message>
        <source>Report written: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Rapport écrit : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message>
        <source>Best first</source>
        <translation>Les meilleures d’abord</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Show only photos at least this relevant. It starts where this query&apos;s good matches seem to end.</source>
        <translation>N’afficher que les photos au moins aussi pertinentes. Le curseur part de l’endroit où les bons résultats de cette recherche semblent s’arrêter.</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Only photos taken between these dates (the camera&apos;s calendar)</source>
        <translation>Seulement les photos prises entre ces dates (selon le calendrier de l’appareil)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Relevance applies to a search: type what you are looking for.</source>
        <translation>La pertinence s’applique à une recherche : tapez ce que vous cherchez.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::HeatmapWidget</name>
    <message>
        <source>Run the evaluation to see the heatmap.</source>
        <translation>Lancez l’évaluation pour voir la carte thermique.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;“%2”&lt;br&gt;%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;« %2 »&lt;br&gt;%3%4</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::IndexWorker</name>
    <message>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · %Ln fichier non pris en charge : %1</numerusform>
            <numerusform> · %Ln fichiers non pris en charge : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Library up to date: %L1 new, %L2 changed, %L3 removed</source>
        <translation>Bibliothèque à jour : %L1 nouvelles, %L2 modifiées, %L3 retirées</translation>
    </message>
    <message>
        <source> (%1 images/s)</source>
        <translation> (%1 images/s)</translation>
    </message>
    <message>
        <source> · %1 holds no photos</source>
        <translation> · %1 ne contient aucune photo</translation>
    </message>
    <message>
        <source>Indexing stopped; everything finished so far is saved.</source>
        <translation>Indexation interrompue ; tout ce qui était terminé est enregistré.</translation>
    </message>
    <message>
        <source>Another program (probably lingualens-cli) is updating this library. Indexing will be possible when it has finished.</source>
        <translation>Un autre programme (probablement lingualens-cli) met à jour cette bibliothèque. L’indexation sera possible quand il aura terminé.</translation>
    </message>
    <message>
        <source>Removed %1 from the library (the photos themselves are untouched).</source>
        <translation>%1 retiré de la bibliothèque (les photos elles-mêmes ne sont pas touchées).</translation>
    </message>
    <message>
        <source>%1 is now at %2; its photos are kept.</source>
        <translation>%1 se trouve maintenant dans %2 ; ses photos sont conservées.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Click a folder to see only its photos</source>
        <translation>Cliquez sur un dossier pour ne voir que ses photos</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>Réanalyser</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localiser…</translation>
    </message>
    <message>
        <source>The selected folder is not connected: show where it is now (its photos are kept, nothing is indexed again)</source>
        <translation>Le dossier sélectionné n’est pas connecté : indiquez où il se trouve maintenant (ses photos sont conservées, rien n’est réindexé)</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (the photos stay on disk)</source>
        <translation>Retirer le dossier sélectionné de la bibliothèque (les photos restent sur le disque)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted photos now</source>
        <translation>Rechercher maintenant les photos nouvelles, modifiées et supprimées</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Retirer le dossier</translation>
    </message>
    <message>
        <source>Remove %1 from the library?

The photos themselves are not touched; only LinguaLens forgets them.</source>
        <translation>Retirer %1 de la bibliothèque ?

Les photos elles-mêmes ne sont pas touchées ; seul LinguaLens les oublie.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être lu — &lt;a href=&quot;#&quot;&gt;afficher&lt;/a&gt;</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être lus — &lt;a href=&quot;#&quot;&gt;afficher&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Toutes les photos</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
Non connecté : sa photo (%Ln) est conservée et masquée des résultats jusqu’au retour du disque, ou utilisez Localiser…</numerusform>
            <numerusform>%1
Non connecté : ses %Ln photos sont conservées et masquées des résultats jusqu’au retour du disque, ou utilisez Localiser…</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet: “Add folder…”</source>
        <translation>Aucun dossier pour l’instant : « Ajouter un dossier… »</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message>
        <source>%1 scored %2 in your last evaluation (%3 %4): results may be weak.</source>
        <translation>%1 a obtenu %2 lors de votre dernière évaluation (%3 %4) : les résultats risquent d’être faibles.</translation>
    </message>
    <message>
        <source>LinguaLens</source>
        <translation>LinguaLens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>Describe a photo in any language. Combine: “beach +sunset -people”. Drop or paste an image to find similar photos.</source>
        <translation>Décrivez une photo dans n’importe quelle langue. Combinez : « plage +coucher de soleil -gens ». Déposez ou collez une image pour trouver des photos semblables.</translation>
    </message>
    <message>
        <source>Searching by example image; click to stop</source>
        <translation>Recherche par image d’exemple ; cliquez pour arrêter</translation>
    </message>
    <message>
        <source>Search tips (F1)</source>
        <translation>Astuces de recherche (F1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LinguaLens&lt;/h2&gt;&lt;p&gt;Add the folders that hold your photos. LinguaLens looks at every photo once (on this computer, nothing leaves it); then describe what you are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans LinguaLens&lt;/h2&gt;&lt;p&gt;Ajoutez les dossiers qui contiennent vos photos. LinguaLens regarde chaque photo une fois (sur cet ordinateur, rien n’en sort) ; décrivez ensuite ce que vous cherchez, dans n’importe quelle langue — « Eisbär im Schnee », « белая кошка », « 夕焼けの海 ».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>Copier %Ln chemin</numerusform>
            <numerusform>Copier %Ln chemins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>Exporter %Ln photo vers un dossier…</numerusform>
            <numerusform>Exporter %Ln photos vers un dossier…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>Mettre %Ln photo à la corbeille</numerusform>
            <numerusform>Mettre %Ln photos à la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>Ouvrir avec l’application par défaut</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>Exporter vers un dossier…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Trouver les semblables</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Pause indexing</source>
        <translation>Mettre l’indexation en &amp;pause</translation>
    </message>
    <message>
        <source>Paused — indexing waits until you resume</source>
        <translation>En pause — l’indexation attend que vous la repreniez</translation>
    </message>
    <message>
        <source>&amp;Resume indexing</source>
        <translation>&amp;Reprendre l’indexation</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>&amp;Stop indexing</source>
        <translation>&amp;Arrêter l’indexation</translation>
    </message>
    <message>
        <source>Resume &amp;indexing</source>
        <translation>Reprendre l’&amp;indexation</translation>
    </message>
    <message>
        <source>Search by &amp;image file…</source>
        <translation>Rechercher par fichier &amp;image…</translation>
    </message>
    <message>
        <source>Find photos like…</source>
        <translation>Trouver des photos comme…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Search by pasted image</source>
        <translation>Rechercher par l’image collée</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <source>&amp;Download models…</source>
        <translation>&amp;Télécharger les modèles…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Trouver les &amp;doublons…</translation>
    </message>
    <message>
        <source>&amp;Evaluate translations…</source>
        <translation>&amp;Évaluer des traductions…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;Astuces de recherche</translation>
    </message>
    <message>
        <source>&amp;About LinguaLens</source>
        <translation>À &amp;propos de LinguaLens</translation>
    </message>
    <message>
        <source>The models could not be loaded</source>
        <translation>Les modèles n’ont pas pu être chargés</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>Impossible de charger les modèles</translation>
    </message>
    <message>
        <source>The models could not be loaded:
%1

Choose other files in Settings (Ctrl+,).</source>
        <translation>Les modèles n’ont pas pu être chargés :
%1

Choisissez d’autres fichiers dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”</source>
        <translation>Décrivez une photo dans n’importe quelle langue — « Eisbär im Schnee », « белая кошка »</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>Models ready (%1 s)</source>
        <translation>Modèles prêts (%1 s)</translation>
    </message>
    <message>
        <source>Waiting for the image model…</source>
        <translation>En attente du modèle d’image…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>understanding the query %1 ms, searching %L2 photos %3 ms</source>
        <translation>compréhension de la requête %1 ms, recherche parmi %L2 photos %3 ms</translation>
    </message>
    <message>
        <source>No photo from %1 matches. Click a filter&apos;s ✕ above to search without it.</source>
        <translation>Aucune photo de %1 ne correspond. Cliquez sur le ✕ d’un filtre ci-dessus pour chercher sans lui.</translation>
    </message>
    <message>
        <source>No photos are indexed yet.</source>
        <translation>Aucune photo n’est encore indexée.</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>Aucune photo ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View photo</source>
        <translation>&amp;Voir la photo</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Like: %1  ✕</source>
        <translation>Comme : %1  ✕</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>image déposée</translation>
    </message>
    <message>
        <source>Drop an image file to find similar photos, or a folder to add it.</source>
        <translation>Déposez un fichier image pour trouver des photos semblables, ou un dossier pour l’ajouter.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Recherche de photos…</translation>
    </message>
    <message>
        <source>Indexing %L1 of %L2</source>
        <translation>Indexation : %L1 sur %L2</translation>
    </message>
    <message>
        <source> · %1 photos/s</source>
        <translation> · %1 photos/s</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · %Ln s restante</numerusform>
            <numerusform> · %Ln s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · %Ln min restante</numerusform>
            <numerusform> · %Ln min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %L1 of %L2 done</source>
        <translation>En pause — %L1 sur %L2 terminées</translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>Indexation interrompue ; tout ce qui était terminé est enregistré. %Ln photo reste à traiter — Bibliothèque ▸ Reprendre l’indexation.</numerusform>
            <numerusform>Indexation interrompue ; tout ce qui était terminé est enregistré. %Ln photos restent à traiter — Bibliothèque ▸ Reprendre l’indexation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Où se trouve %1 maintenant ?</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Ajouter un dossier de photos</translation>
    </message>
    <message>
        <source>Indexing starts when the models are loaded.</source>
        <translation>L’indexation commence une fois les modèles chargés.</translation>
    </message>
    <message>
        <source>Trying the files that could not be read again…</source>
        <translation>Nouvelle tentative sur les fichiers illisibles…</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>%Ln chemin copié.</numerusform>
            <numerusform>%Ln chemins copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>Copier %Ln photo vers…</numerusform>
            <numerusform>Copier %Ln photos vers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>Copie de %Ln photo…</numerusform>
            <numerusform>Copie de %Ln photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>%Ln photo copiée vers %1.</numerusform>
            <numerusform>%Ln photos copiées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>Mettre %Ln photo à la corbeille ? Vous pourrez la restaurer depuis la corbeille plus tard.</numerusform>
            <numerusform>Mettre %Ln photos à la corbeille ? Vous pourrez les restaurer depuis la corbeille plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln photo mise à la corbeille.</numerusform>
            <numerusform>%Ln photos mises à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the models</source>
        <translation>En attente des modèles</translation>
    </message>
    <message>
        <source>The models are needed before searching</source>
        <translation>Les modèles sont nécessaires avant de chercher</translation>
    </message>
    <message>
        <source>LinguaLens needs its two models before it can search or index. They are not in %1 yet.</source>
        <translation>LinguaLens a besoin de ses deux modèles avant de pouvoir chercher ou indexer. Ils ne sont pas encore dans %1.</translation>
    </message>
    <message>
        <source>The %1 models and their own library open at the next start.</source>
        <translation>Les modèles %1 et leur propre bibliothèque s’ouvriront au prochain démarrage.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>The library in %1 opens at the next start.</source>
        <translation>La bibliothèque de %1 s’ouvrira au prochain démarrage.</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>l’emplacement par défaut</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ModelSetupDialog</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>inutilisable : %1</translation>
    </message>
    <message>
        <source>found, checked: %1</source>
        <translation>trouvé, vérifié : %1</translation>
    </message>
    <message>
        <source>LinguaLens needs its models</source>
        <translation>LinguaLens a besoin de ses modèles</translation>
    </message>
    <message>
        <source>&lt;p&gt;LinguaLens understands photos and text with two models: OpenAI&apos;s CLIP image model &lt;b&gt;RN50x4&lt;/b&gt; (about 400 MB) and the Multilingual-CLIP text model &lt;b&gt;M-BERT-Base-69&lt;/b&gt; with its head (about 700 MB). Download them into &lt;b&gt;%1&lt;/b&gt; (each file is checked; an interrupted download continues where it stopped), or choose the files you have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LinguaLens comprend les photos et le texte grâce à deux modèles : le modèle d’image &lt;b&gt;RN50x4&lt;/b&gt; du CLIP d’OpenAI (environ 400 Mo) et le modèle de texte &lt;b&gt;M-BERT-Base-69&lt;/b&gt; de Multilingual-CLIP avec sa tête (environ 700 Mo). Téléchargez-les dans &lt;b&gt;%1&lt;/b&gt; (chaque fichier est vérifié ; un téléchargement interrompu reprend là où il s’est arrêté), ou choisissez les fichiers que vous avez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Image model (RN50x4.pt)</source>
        <translation>Modèle d’image (RN50x4.pt)</translation>
    </message>
    <message>
        <source>Text model (M-BERT-Base-69 folder)</source>
        <translation>Modèle de texte (dossier M-BERT-Base-69)</translation>
    </message>
    <message>
        <source>Text head (… Linear Weights.pkl)</source>
        <translation>Tête de texte (… Linear Weights.pkl)</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The M-BERT-Base-69 folder</source>
        <translation>Le dossier M-BERT-Base-69</translation>
    </message>
    <message>
        <source>The image model</source>
        <translation>Le modèle d’image</translation>
    </message>
    <message>
        <source>The text head</source>
        <translation>La tête de texte</translation>
    </message>
    <message>
        <source>CLIP models (*.pt *.safetensors);;All files (*)</source>
        <translation>Modèles CLIP (*.pt *.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Text heads (*.pkl);;All files (*)</source>
        <translation>Têtes de texte (*.pkl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mirror (optional):</source>
        <translation>Miroir (facultatif) :</translation>
    </message>
    <message>
        <source>https://… a server with the same files, e.g. inside your network</source>
        <translation>https://… un serveur avec les mêmes fichiers, p. ex. sur votre réseau</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Copy files I have…</source>
        <translation>Copier mes fichiers…</translation>
    </message>
    <message>
        <source>Files from a USB stick, another computer or a browser download: they are checked and copied into the models folder</source>
        <translation>Fichiers d’une clé USB, d’un autre ordinateur ou d’un téléchargement dans le navigateur : ils sont vérifiés et copiés dans le dossier des modèles</translation>
    </message>
    <message>
        <source>Use these files</source>
        <translation>Utiliser ces fichiers</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Choose the model files you have</source>
        <translation>Choisissez les fichiers de modèle que vous avez</translation>
    </message>
    <message>
        <source>Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)</source>
        <translation>Fichiers de modèle (*.pt *.safetensors *.bin *.pkl *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking and copying…</source>
        <translation>Vérification et copie…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>waiting (%1)</source>
        <translation>en attente (%1)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 free on this disk)…</source>
        <translation>Téléchargement de %1 (%2 libres sur ce disque)…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message>
        <source>Ask size</source>
        <translation>Demander la taille</translation>
    </message>
    <message>
        <source>Asks the servers how large each of the pair&apos;s files is, without downloading them, and whether this disk has room</source>
        <translation>Demande aux serveurs la taille de chaque fichier de la paire, sans les télécharger, et si ce disque a la place</translation>
    </message>
    <message>
        <source>Download size: not asked yet.</source>
        <translation>Taille du téléchargement : pas encore demandée.</translation>
    </message>
    <message>
        <source>Asking the servers…</source>
        <translation>Interrogation des serveurs…</translation>
    </message>
    <message>
        <source>All its files are here: %1 on disk.</source>
        <translation>Tous ses fichiers sont là : %1 sur le disque.</translation>
    </message>
    <message>
        <source>The servers did not say how large its files are (is this computer offline?).</source>
        <translation>Les serveurs n’ont pas indiqué la taille de ses fichiers (cet ordinateur est-il hors ligne ?).</translation>
    </message>
    <message>
        <source>Download: %1 in all, %2 still to fetch.</source>
        <translation>Téléchargement : %1 au total, %2 encore à récupérer.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>%Ln fichier n’a pas indiqué sa taille.</numerusform>
            <numerusform>%Ln fichiers n’ont pas indiqué leur taille.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free on this disk.</source>
        <translation>%1 libres sur ce disque.</translation>
    </message>
    <message>
        <source>Not enough room: %1 free on this disk.</source>
        <translation>Pas assez de place : %1 libres sur ce disque.</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(demandé le %1)</translation>
    </message>
    <message>
        <source>Could not ask: %1</source>
        <translation>Impossible de demander : %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSpeedRow</name>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Runs both models for a few seconds on this computer: images per second when indexing (decoding the photos comes on top), the time of one search, and the memory they take</source>
        <translation>Fait tourner les deux modèles quelques secondes sur cet ordinateur : images par seconde à l’indexation (le décodage des photos s’y ajoute), durée d’une recherche et mémoire occupée</translation>
    </message>
    <message>
        <source>Its speed can be measured once its files are here.</source>
        <translation>Sa vitesse pourra être mesurée une fois ses fichiers présents.</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; the computer is busy meanwhile)</source>
        <translation>Mesure en cours… (quelques secondes ; l’ordinateur est occupé pendant ce temps)</translation>
    </message>
    <message>
        <source>On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).</source>
        <translation>Sur cet ordinateur : %1 images/s, %2 ms par recherche, %3 en mémoire (mesuré le %4).</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Mesure impossible : %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message>
        <source>Each pair is evaluated in its own space: accuracy and recall compare directly; the cosine to the reference says how close each pair keeps a translation to the reference caption in its own space.</source>
        <translation>Chaque paire est évaluée dans son propre espace : l’exactitude et le rappel se comparent directement ; le cosinus avec la référence dit à quel point chaque paire garde une traduction proche de la légende de référence dans son propre espace.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>Exactitude %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Text→image R@1 %1</source>
        <translation>Texte→image R@1 %1</translation>
    </message>
    <message>
        <source>Cosine to reference %1</source>
        <translation>Cosinus avec la référence %1</translation>
    </message>
    <message>
        <source>Top-k overlap %1</source>
        <translation>Recouvrement du top k %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>The two pairs have no language in common on this set.</source>
        <translation>Les deux paires n’ont aucune langue en commun sur ce jeu.</translation>
    </message>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>Exactitude moyenne sur %Ln langue : %1 avec %2, %3 avec %4.</numerusform>
            <numerusform>Exactitude moyenne sur %Ln langues : %1 avec %2, %3 avec %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ahead in %2, %3 in %4, and they are even in %5.</source>
        <translation>%1 l’emporte dans %2, %3 dans %4, et elles sont à égalité dans %5.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Visionneuse de photos</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossible d’afficher %1 : %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>←/→ browse · Z zoom · I details · F full screen · Esc back</source>
        <translation>←/→ parcourir · Z zoom · I détails · F plein écran · Échap retour</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PreviewPane</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>Ouvrir avec l’application par défaut (Entrée)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder that holds this photo</source>
        <translation>Ouvrir le dossier qui contient cette photo</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>Copier le chemin du fichier (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Copy the picture itself</source>
        <translation>Copier l’image elle-même</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Trouver les semblables</translation>
    </message>
    <message>
        <source>Search for photos that look like this one</source>
        <translation>Rechercher des photos qui ressemblent à celle-ci</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>Sélectionnez une photo pour la voir ici.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>Impossible d’afficher cette photo : %1</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Aucune application n’est configurée pour ouvrir %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not there (unplugged or moved?).</source>
        <translation>Le dossier %1 n’est pas là (débranché ou déplacé ?).</translation>
    </message>
    <message>
        <source>No file manager is set up to show %1.</source>
        <translation>Aucun gestionnaire de fichiers n’est configuré pour afficher %1.</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>Chemin copié.</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>Image copiée.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultDelegate</name>
    <message>
        <source>no preview</source>
        <translation>pas d’aperçu</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>%1
relevance %2</source>
        <translation>%1
pertinence %2</translation>
    </message>
    <message>
        <source>%1, relevance %2</source>
        <translation>%1, pertinence %2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language
(after a restart)</source>
        <translation>Langue
(après redémarrage)</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>emplacement par défaut</translation>
    </message>
    <message>
        <source>Library folder
(after a restart)</source>
        <translation>Dossier de la bibliothèque
(après redémarrage)</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>CLIP weights (*.pt *.pth *.safetensors)</source>
        <translation>Poids CLIP (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <source>RN50x4.pt in the models folder</source>
        <translation>RN50x4.pt dans le dossier des modèles</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Modèle d’image</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 in the models folder</source>
        <translation>M-BERT-Base-69 dans le dossier des modèles</translation>
    </message>
    <message>
        <source>Text model folder</source>
        <translation>Dossier du modèle de texte</translation>
    </message>
    <message>
        <source>Linear head (*.pkl)</source>
        <translation>Tête linéaire (*.pkl)</translation>
    </message>
    <message>
        <source>found in the text model folder</source>
        <translation>trouvée dans le dossier du modèle de texte</translation>
    </message>
    <message>
        <source>Text head</source>
        <translation>Tête de texte</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>tous les cœurs (%1)</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>Threads de calcul</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>Fast indexing (approximate)</source>
        <translation>Indexation rapide (approchée)</translation>
    </message>
    <message>
        <source>Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and the results differ slightly from the exact reference computation.</source>
        <translation>Décode les photos JPEG à taille réduite : l’indexation est environ 10 % plus rapide, et les résultats diffèrent légèrement du calcul de référence exact.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Compact text model (half precision)</source>
        <translation>Modèle de texte compact (demi-précision)</translation>
    </message>
    <message>
        <source>Keeps the text model in half precision: about 170 MB less memory and faster searches; scores differ from the exact computation by about 0.1 %.</source>
        <translation>Garde le modèle de texte en demi-précision : environ 170 Mo de mémoire en moins et des recherches plus rapides ; les scores diffèrent d’environ 0,1 % du calcul exact.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Read dates and places in queries</source>
        <translation>Lire les dates et les lieux dans les requêtes</translation>
    </message>
    <message>
        <source>“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, and only “beach” goes to the text model. Off: every word is searched as text (words in quotation marks always are).</source>
        <translation>« plage juillet 2023 » ou « Strand in Italien » n’affiche que les photos de cette période ou de ce lieu, et seul « plage » est transmis au modèle de texte. Désactivé : chaque mot est cherché comme du texte (les mots entre guillemets le sont toujours).</translation>
    </message>
    <message>
        <source>Everything applies at once when you press OK (new model files or threads reload the models; searches wait a few seconds meanwhile), except the language and the library folder, which apply at the next start.</source>
        <translation>Tout s’applique dès que vous cliquez sur OK (de nouveaux fichiers de modèle ou threads rechargent les modèles ; les recherches attendent quelques secondes pendant ce temps), sauf la langue et le dossier de la bibliothèque, qui s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Model files chosen one by one below.</source>
        <translation>Fichiers de modèle choisis un par un ci-dessous.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Model pair</source>
        <translation>Paire de modèles</translation>
    </message>
    <message>
        <source>%1 text model with the %2 image model, %3-dimensional.</source>
        <translation>Modèle de texte %1 avec le modèle d’image %2, %3 dimensions.</translation>
    </message>
    <message>
        <source>Published text-to-image recall@10 on XTD: English %1, German %2, Chinese %3, Japanese %4.</source>
        <translation>Rappel@10 texte→image publié sur XTD : anglais %1, allemand %2, chinois %3, japonais %4.</translation>
    </message>
    <message>
        <source>Its files are in the models folder.</source>
        <translation>Ses fichiers sont dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>Its files are not in the models folder yet (lingualens-cli models download --model-pair %1).</source>
        <translation>Ses fichiers ne sont pas encore dans le dossier des modèles (lingualens-cli models download --model-pair %1).</translation>
    </message>
    <message>
        <source>A library holds the photos of one pair: a pair with another image model needs a library of its own.</source>
        <translation>Une bibliothèque contient les photos d’une seule paire : une paire avec un autre modèle d’image a besoin de sa propre bibliothèque.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Trained on captions in %1 languages; others work through what the text model learned of them.</source>
        <translation>Entraîné sur des légendes en %1 langues ; les autres fonctionnent grâce à ce que le modèle de texte en a appris.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::UnderstoodChips</name>
    <message>
        <source>Only photos from:</source>
        <translation>Seulement les photos de :</translation>
    </message>
    <message>
        <source>Understood from “%1”. Click to search without it.</source>
        <translation>Compris d’après « %1 ». Cliquez pour chercher sans.</translation>
    </message>
    <message>
        <source>Photos taken south of the equator: %1</source>
        <translation>Photos prises au sud de l’équateur : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library folder.</source>
        <translation>Dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>Folder with the model files.</source>
        <translation>Dossier des fichiers de modèle.</translation>
    </message>
    <message>
        <source>CLIP RN50x4 weights.</source>
        <translation>Poids de CLIP RN50x4.</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 folder.</source>
        <translation>Dossier de M-BERT-Base-69.</translation>
    </message>
    <message>
        <source>Text head .pkl.</source>
        <translation>Tête de texte (.pkl).</translation>
    </message>
    <message>
        <source>Keep the text model in half precision (less memory).</source>
        <translation>Garder le modèle de texte en demi-précision (moins de mémoire).</translation>
    </message>
    <message>
        <source>Run this query at start.</source>
        <translation>Lancer cette recherche au démarrage.</translation>
    </message>
    <message>
        <source>Open the translation evaluation with this set and run it.</source>
        <translation>Ouvrir l’évaluation des traductions avec ce jeu et la lancer.</translation>
    </message>
    <message>
        <source>Print the time from launch to the first timeline thumbnails shown (or, with --search, to the first search result), then quit.</source>
        <translation>Afficher le temps écoulé entre le lancement et l’affichage des premières vignettes de la chronologie (ou, avec --search, du premier résultat), puis quitter.</translation>
    </message>
    <message>
        <source>Search your photos by describing them, in any language.</source>
        <translation>Retrouvez vos photos en les décrivant, dans n’importe quelle langue.</translation>
    </message>
    <message>
        <source>Images to search by (opened from a file manager).</source>
        <translation>Images à partir desquelles chercher (ouvertes depuis un gestionnaire de fichiers).</translation>
    </message>
</context>
</TS>
