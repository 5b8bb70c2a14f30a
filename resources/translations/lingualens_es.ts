<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 was not found.</source>
        <translation>No se encontró %1.</translation>
    </message>
    <message>
        <source>Something needed was not found.</source>
        <translation>No se encontró algo necesario.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (permissions, a full disk or a removed drive?).</source>
        <translation>No se pudo leer ni escribir %1 (¿permisos, disco lleno o una unidad retirada?).</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>No se pudo leer ni escribir un archivo.</translation>
    </message>
    <message>
        <source>%1 is damaged, or is not what its name says.</source>
        <translation>%1 está dañado o no es lo que dice su nombre.</translation>
    </message>
    <message>
        <source>A file is damaged.</source>
        <translation>Un archivo está dañado.</translation>
    </message>
    <message>
        <source>%1 is in a form LinguaLens cannot read.</source>
        <translation>%1 está en un formato que LinguaLens no puede leer.</translation>
    </message>
    <message>
        <source>This is in a form LinguaLens cannot read.</source>
        <translation>Esto está en un formato que LinguaLens no puede leer.</translation>
    </message>
    <message>
        <source>These model files do not belong together.</source>
        <translation>Estos archivos de modelo no corresponden entre sí.</translation>
    </message>
    <message>
        <source>%1 is too large to open safely.</source>
        <translation>%1 es demasiado grande para abrirlo con seguridad.</translation>
    </message>
    <message>
        <source>This is too large to open safely.</source>
        <translation>Esto es demasiado grande para abrirlo con seguridad.</translation>
    </message>
    <message>
        <source>Another program is working on this library; try again when it has finished.</source>
        <translation>Otro programa está trabajando en esta biblioteca; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>This cannot be done as asked.</source>
        <translation>Esto no se puede hacer tal como se pidió.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>%Ln foto procesada</numerusform>
            <numerusform>%Ln fotos procesadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform>; %Ln no se pudo procesar: </numerusform>
            <numerusform>; %Ln no se pudieron procesar: </numerusform>
        </translation>
    </message>
    <message>
        <source> (and more)</source>
        <translation> (y más)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>el archivo ya no está</translation>
    </message>
    <message>
        <source>there is no trash for this drive</source>
        <translation>esta unidad no tiene papelera</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Search tips</source>
        <translation>Consejos de búsqueda</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Describe the photo, in any of 69 languages&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;both: &lt;i&gt;beach +sunset&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;less of b: &lt;i&gt;beach -people&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weigh a part: &lt;i&gt;dog^2 +snow&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;an image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drop, paste (Ctrl+V) or choose a photo to find similar ones; with words, both count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;no words&lt;/b&gt;&lt;/td&gt;&lt;td&gt;every photo, newest first (the timeline)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The relevance slider shows more or fewer results; the folder and date filters narrow the search. Enter or double-click opens a photo, Space for a quick look, Esc goes back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Describe la foto, en cualquiera de 69 idiomas&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ambos: &lt;i&gt;playa +atardecer&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;menos de b: &lt;i&gt;playa -gente&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dar más peso a una parte: &lt;i&gt;perro^2 +nieve&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;una imagen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;suelta, pega (Ctrl+V) o elige una foto para encontrar otras parecidas; con palabras, cuentan ambas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;sin palabras&lt;/b&gt;&lt;/td&gt;&lt;td&gt;todas las fotos, las más recientes primero (la cronología)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;El control de relevancia muestra más o menos resultados; los filtros de carpeta y de fecha acotan la búsqueda. Intro o doble clic abre una foto, Espacio muestra una vista rápida, Esc vuelve atrás.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinguaLens</source>
        <translation>Acerca de LinguaLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Search your photos by describing them in any of 69 languages. Everything runs on this computer; no photo or query leaves it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP M-BERT-Base-69 (text; MIT licence). In use:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Places&lt;/b&gt;: the offline gazetteer of populated places comes from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Encuentra tus fotos describiéndolas en cualquiera de 69 idiomas. Todo se ejecuta en este equipo; ninguna foto ni búsqueda sale de él.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modelos&lt;/b&gt;: OpenAI CLIP RN50x4 (imagen; licencia MIT) y Multilingual-CLIP M-BERT-Base-69 (texto; licencia MIT). En uso:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hecho con&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (dominio público), exiv2 (GPL), libheif (LGPL), ICU (licencia Unicode), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lugares&lt;/b&gt;: el nomenclátor sin conexión de lugares habitados procede de &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</translation>
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
        <translation>No hay conexión con %1: este equipo parece estar sin conexión, o un cortafuegos la bloquea. Conéctate y pulsa Descargar de nuevo (continúa donde se detuvo), o consigue los archivos por otra vía y elígelos en el disco («Copiar archivos que tengo…» o «Elegir…»).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The download did not succeed: %1

You can try again (it continues where it stopped), or get the files elsewhere and choose them on disk.</source>
        <translation>La descarga no se completó: %1

Puedes volver a intentarlo (continúa donde se detuvo), o conseguir los archivos por otra vía y elegirlos en el disco.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya estaba</translation>
    </message>
    <message>
        <source>downloaded from %1, verified</source>
        <translation>descargado de %1, verificado</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>Los modelos están listos.</translation>
    </message>
    <message>
        <source>Download stopped. It will continue where it stopped next time.</source>
        <translation>Descarga detenida. La próxima vez continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>%1: placed as %2 (%3)</source>
        <translation>%1: colocado como %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not used — %2</source>
        <translation>%1: no se usa — %2</translation>
    </message>
    <message>
        <source>All model files are in place.</source>
        <translation>Todos los archivos de modelo están en su sitio.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Aún faltan: %1</translation>
    </message>
    <message>
        <source>The models do not fit on this disk: %1

Free some space, or choose a models folder on another disk (Settings), then press Download again.</source>
        <translation>Los modelos no caben en este disco: %1

Libere espacio o elija una carpeta de modelos en otro disco (Ajustes) y pulse «Descargar» de nuevo.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message>
        <source>identical files</source>
        <translation>archivos idénticos</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>la misma foto</translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>tomas parecidas</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Similar shots: at least</source>
        <translation>Tomas parecidas: al menos</translation>
    </message>
    <message>
        <source> % alike</source>
        <comment>how similar two photos look</comment>
        <translation> % de parecido</translation>
    </message>
    <message>
        <source>How alike two photos must look to the image model (cosine of their embeddings).</source>
        <translation>Cuánto deben parecerse dos fotos para el modelo de imagen (coseno de sus embeddings).</translation>
    </message>
    <message>
        <source>and taken within</source>
        <translation>y tomadas con menos de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep this one (K)</source>
        <translation>Conservar esta (K)</translation>
    </message>
    <message>
        <source>Move the others to the trash</source>
        <translation>Mover las demás a la papelera</translation>
    </message>
    <message>
        <source>Move them to a folder…</source>
        <translation>Moverlas a una carpeta…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Move the others to…</source>
        <translation>Mover las demás a…</translation>
    </message>
    <message>
        <source>Looking for copies in the library…</source>
        <translation>Buscando copias en la biblioteca…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %Ln foto</numerusform>
            <numerusform>%1 · %Ln fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates in the library.</source>
        <translation>No hay duplicados en la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>%Ln grupo de copias. ←/→ para recorrerlos, K conserva la foto seleccionada.</numerusform>
            <numerusform>%Ln grupos de copias. ←/→ para recorrerlos, K conserva la foto seleccionada.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ KEEP
%1</source>
        <translation>✔ CONSERVAR
%1</translation>
    </message>
    <message>
        <source>kept: your choice</source>
        <translation>conservada: tu elección</translation>
    </message>
    <message>
        <source>Group %L1 of %L2 — %3. %4</source>
        <translation>Grupo %L1 de %L2 — %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>Mover %Ln otra a la papelera</numerusform>
            <numerusform>Mover las otras %Ln a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln foto movida a la papelera.</numerusform>
            <numerusform>%Ln fotos movidas a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln foto movida a %1.</numerusform>
            <numerusform>%Ln fotos movidas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>%Ln foto restaurada.</numerusform>
            <numerusform>%Ln fotos restauradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::Engine</name>
    <message>
        <source>Loading the text model…</source>
        <translation>Cargando el modelo de texto…</translation>
    </message>
    <message>
        <source>Loading the image model…</source>
        <translation>Cargando el modelo de imagen…</translation>
    </message>
    <message>
        <source>the models are not loaded yet</source>
        <translation>los modelos aún no están cargados</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Evaluación detenida.</translation>
    </message>
    <message>
        <source>“%1” is not a model pair</source>
        <translation>«%1» no es un par de modelos</translation>
    </message>
    <message>
        <source>the %1 models are not in the models folder (lingualens-cli models download --model-pair %1)</source>
        <translation>los modelos de %1 no están en la carpeta de modelos (lingualens-cli models download --model-pair %1)</translation>
    </message>
    <message>
        <source>Loading the %1 models…</source>
        <translation>Cargando los modelos de %1…</translation>
    </message>
    <message>
        <source>Evaluating with %1…</source>
        <translation>Evaluando con %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ErrorListDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <source>These files were skipped. They stay listed until they are fixed or removed; the rest of the library is not affected.</source>
        <translation>Estos archivos se omitieron. Seguirán en la lista hasta que se reparen o se eliminen; el resto de la biblioteca no se ve afectado.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try these files again (after installing a codec, or once a copy has finished)</source>
        <translation>Volver a intentar con estos archivos (tras instalar un códec, o cuando termine una copia)</translation>
    </message>
    <message>
        <source>Could not show %1.</source>
        <translation>No se pudo mostrar %1.</translation>
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
        <translation>%1 de los fragmentos de palabra son desconocidos para el vocabulario</translation>
    </message>
    <message>
        <source>words fall apart into %1 pieces each</source>
        <translation>las palabras se dividen en %1 fragmentos cada una</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>%Ln pie de foto más largo de lo que lee el modelo</numerusform>
            <numerusform>%Ln pies de foto más largos de lo que lee el modelo</numerusform>
        </translation>
    </message>
    <message>
        <source>known words (%1 pieces per word)</source>
        <translation>palabras conocidas (%1 fragmentos por palabra)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Evaluate translations — LinguaLens</source>
        <translation>Evaluar traducciones — LinguaLens</translation>
    </message>
    <message>
        <source>Open set…</source>
        <translation>Abrir conjunto…</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>Guardar conjunto…</translation>
    </message>
    <message>
        <source>Images folder…</source>
        <translation>Carpeta de imágenes…</translation>
    </message>
    <message>
        <source>Where this set&apos;s images are, when they are not next to the set file</source>
        <translation>Dónde están las imágenes de este conjunto, cuando no están junto al archivo del conjunto</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Añadir idioma…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source> Reference language: </source>
        <translation> Idioma de referencia: </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Encode the images and every caption, then compare (F5)</source>
        <translation>Codificar las imágenes y cada pie de foto, y después comparar (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Pies de foto</translation>
    </message>
    <message>
        <source>Softmax over captions (%)</source>
        <translation>Softmax sobre los pies de foto (%)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Text→image R@1</source>
        <translation>Texto→imagen R@1</translation>
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
        <translation>Imagen→texto R@1</translation>
    </message>
    <message>
        <source>Cosine to reference</source>
        <translation>Coseno con la referencia</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>Coincidencia en el top k</translation>
    </message>
    <message>
        <source>Unknown pieces</source>
        <translation>Fragmentos desconocidos</translation>
    </message>
    <message>
        <source>Pieces per word</source>
        <translation>Fragmentos por palabra</translation>
    </message>
    <message>
        <source>What the tokenizer shows</source>
        <translation>Lo que muestra el tokenizador</translation>
    </message>
    <message>
        <source>Share of the captions&apos; word pieces the text model&apos;s vocabulary does not know ([UNK])</source>
        <translation>Proporción de los fragmentos de palabra de los pies de foto que el vocabulario del modelo de texto no conoce ([UNK])</translation>
    </message>
    <message>
        <source>Word pieces per word: 1 means whole words; high means the words fall apart into letters. Hover a row to see each caption&apos;s pieces.</source>
        <translation>Fragmentos por palabra: 1 significa palabras enteras; un valor alto significa que las palabras se dividen en letras. Pasa el ratón por una fila para ver los fragmentos de cada pie de foto.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Añadir pie de foto</translation>
    </message>
    <message>
        <source>From selected row</source>
        <translation>Desde la fila seleccionada</translation>
    </message>
    <message>
        <source>Take the captions of the row selected in the Captions tab</source>
        <translation>Tomar los pies de foto de la fila seleccionada en la pestaña Pies de foto</translation>
    </message>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>Compare in library</source>
        <translation>Comparar en la biblioteca</translation>
    </message>
    <message>
        <source>The first caption is the reference. Photos outlined in orange are not among the reference&apos;s top results: that is where a translation diverges.</source>
        <translation>El primer pie de foto es la referencia. Las fotos con borde naranja no están entre los mejores resultados de la referencia: ahí es donde una traducción se desvía.</translation>
    </message>
    <message>
        <source>Library comparison</source>
        <translation>Comparación en la biblioteca</translation>
    </message>
    <message>
        <source>Give a caption and at least one translation.</source>
        <translation>Escribe un pie de foto y al menos una traducción.</translation>
    </message>
    <message>
        <source>Waiting for the models…</source>
        <translation>Esperando a los modelos…</translation>
    </message>
    <message>
        <source>Untitled set</source>
        <translation>Conjunto sin título</translation>
    </message>
    <message>
        <source>Row %1: the image %2 does not exist.</source>
        <translation>Fila %1: la imagen %2 no existe.</translation>
    </message>
    <message>
        <source>The set has no images yet: “Add images…”.</source>
        <translation>El conjunto aún no tiene imágenes: «Añadir imágenes…».</translation>
    </message>
    <message>
        <source>Open a set first; then say where its images are.</source>
        <translation>Abre primero un conjunto; después indica dónde están sus imágenes.</translation>
    </message>
    <message>
        <source>Where are the images of this set?</source>
        <translation>¿Dónde están las imágenes de este conjunto?</translation>
    </message>
    <message>
        <source>%1 — Evaluate translations</source>
        <translation>%1 — Evaluar traducciones</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>%Ln imagen, idiomas: %1</numerusform>
            <numerusform>%Ln imágenes, idiomas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform> — %Ln imagen no encontrada: indica dónde está con «Carpeta de imágenes…».</numerusform>
            <numerusform> — %Ln imágenes no encontradas: indica dónde están con «Carpeta de imágenes…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>Abrir conjunto</translation>
    </message>
    <message>
        <source>This set cannot be opened:

%1</source>
        <translation>No se puede abrir este conjunto:

%1</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>Abrir un conjunto de evaluación</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json *.tsv)</source>
        <translation>Conjuntos de evaluación (*.json *.tsv)</translation>
    </message>
    <message>
        <source>Save the evaluation set</source>
        <translation>Guardar el conjunto de evaluación</translation>
    </message>
    <message>
        <source>Evaluation set (*.json)</source>
        <translation>Conjunto de evaluación (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Save set</source>
        <translation>Guardar conjunto</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Añadir un idioma</translation>
    </message>
    <message>
        <source>Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):</source>
        <translation>Código de idioma (BCP-47, p. ej. «sv», «el», «kn», «zh-Hans»):</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>«%1» no es un código de idioma.</translation>
    </message>
    <message>
        <source>The models are still loading; try again in a moment.</source>
        <translation>Los modelos aún se están cargando; inténtalo de nuevo en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>Codificando %Ln imagen y sus pies de foto…</numerusform>
            <numerusform>Codificando %Ln imágenes y sus pies de foto…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s: %2 image(s) encoded, %3 taken from the library</source>
        <translation>Hecho en %1 s: %2 imagen(es) codificada(s), %3 tomada(s) de la biblioteca</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 — exactitud %2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source> (top %1)</source>
        <translation> (top %1)</translation>
    </message>
    <message>
        <source> (cut short)</source>
        <translation> (recortado)</translation>
    </message>
    <message>
        <source>softmax, %</source>
        <translation>softmax, %</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>%1 — %2 shared</source>
        <translation>%1 — %2 en común</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> Comparar con: </translation>
    </message>
    <message>
        <source>Run the same set with a second Multilingual-CLIP pair, each in its own space, and read the two side by side: which pair keeps your language&apos;s captions closest to the reference?</source>
        <translation>Evaluar el mismo conjunto con un segundo par de Multilingual-CLIP, cada uno en su propio espacio, y leer ambos lado a lado: ¿qué par mantiene los pies de foto de su idioma más cerca de la referencia?</translation>
    </message>
    <message>
        <source>Whose heatmap to show: the evaluated pair&apos;s or the compared one&apos;s</source>
        <translation>Qué mapa de calor mostrar: el del par evaluado o el del par comparado</translation>
    </message>
    <message>
        <source>Pairs side by side</source>
        <translation>Pares lado a lado</translation>
    </message>
    <message>
        <source> Evaluated with: %1 </source>
        <translation> Evaluado con: %1 </translation>
    </message>
    <message>
        <source>no second pair</source>
        <translation>ningún segundo par</translation>
    </message>
    <message>
        <source>%1 (not downloaded)</source>
        <translation>%1 (no descargado)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Carpeta para el informe</translation>
    </message>
    <message>
        <source>Save the results to share them: one HTML page with the photos, heatmaps and tables, a PNG heatmap and a CSV per language</source>
        <translation>Guardar los resultados para compartirlos: una página HTML con las fotos, los mapas de calor y las tablas, y un mapa de calor PNG y un CSV por idioma</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>No se pudo escribir el informe:

%1</translation>
    </message>
    <message>
        <source>Report written: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Informe escrito: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message>
        <source>Best first</source>
        <translation>Mejores primero</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Show only photos at least this relevant. It starts where this query&apos;s good matches seem to end.</source>
        <translation>Mostrar solo las fotos al menos así de relevantes. Empieza donde parecen terminar los buenos resultados de esta búsqueda.</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Todas las carpetas</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Only photos taken between these dates (the camera&apos;s calendar)</source>
        <translation>Solo las fotos tomadas entre estas fechas (según el calendario de la cámara)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Relevance applies to a search: type what you are looking for.</source>
        <translation>La relevancia se aplica a una búsqueda: escribe lo que buscas.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::HeatmapWidget</name>
    <message>
        <source>Run the evaluation to see the heatmap.</source>
        <translation>Ejecuta la evaluación para ver el mapa de calor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;“%2”&lt;br&gt;%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;«%2»&lt;br&gt;%3%4</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::IndexWorker</name>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · %Ln archivo no compatible: %1</numerusform>
            <numerusform> · %Ln archivos no compatibles: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Library up to date: %L1 new, %L2 changed, %L3 removed</source>
        <translation>Biblioteca al día: %L1 nuevas, %L2 cambiadas, %L3 eliminadas</translation>
    </message>
    <message>
        <source> (%1 images/s)</source>
        <translation> (%1 imágenes/s)</translation>
    </message>
    <message>
        <source> · %1 holds no photos</source>
        <translation> · %1 no contiene fotos</translation>
    </message>
    <message>
        <source>Indexing stopped; everything finished so far is saved.</source>
        <translation>Indexación detenida; todo lo terminado hasta ahora está guardado.</translation>
    </message>
    <message>
        <source>Another program (probably lingualens-cli) is updating this library. Indexing will be possible when it has finished.</source>
        <translation>Otro programa (probablemente lingualens-cli) está actualizando esta biblioteca. Se podrá indexar cuando termine.</translation>
    </message>
    <message>
        <source>Removed %1 from the library (the photos themselves are untouched).</source>
        <translation>%1 se quitó de la biblioteca (las fotos en sí no se tocan).</translation>
    </message>
    <message>
        <source>%1 is now at %2; its photos are kept.</source>
        <translation>%1 está ahora en %2; sus fotos se conservan.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Click a folder to see only its photos</source>
        <translation>Haz clic en una carpeta para ver solo sus fotos</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>Volver a examinar</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>The selected folder is not connected: show where it is now (its photos are kept, nothing is indexed again)</source>
        <translation>La carpeta seleccionada no está conectada: indica dónde está ahora (sus fotos se conservan, no se vuelve a indexar nada)</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (the photos stay on disk)</source>
        <translation>Quitar la carpeta seleccionada de la biblioteca (las fotos se quedan en el disco)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted photos now</source>
        <translation>Buscar ahora fotos nuevas, cambiadas y eliminadas</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Quitar carpeta</translation>
    </message>
    <message>
        <source>Remove %1 from the library?

The photos themselves are not touched; only LinguaLens forgets them.</source>
        <translation>¿Quitar %1 de la biblioteca?

Las fotos en sí no se tocan; solo LinguaLens las olvida.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln archivo no se pudo leer — &lt;a href=&quot;#&quot;&gt;mostrar&lt;/a&gt;</numerusform>
            <numerusform>%Ln archivos no se pudieron leer — &lt;a href=&quot;#&quot;&gt;mostrar&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Todas las fotos</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectada)</translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
No conectada: su %Ln foto se conserva y queda oculta en los resultados hasta que vuelva la unidad, o usa Localizar…</numerusform>
            <numerusform>%1
No conectada: sus %Ln fotos se conservan y quedan ocultas en los resultados hasta que vuelva la unidad, o usa Localizar…</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet: “Add folder…”</source>
        <translation>Aún no hay carpetas: «Añadir carpeta…»</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message>
        <source>%1 scored %2 in your last evaluation (%3 %4): results may be weak.</source>
        <translation>%1 obtuvo %2 en tu última evaluación (%3 %4): los resultados pueden ser pobres.</translation>
    </message>
    <message>
        <source>LinguaLens</source>
        <translation>LinguaLens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Cargando los modelos…</translation>
    </message>
    <message>
        <source>Describe a photo in any language. Combine: “beach +sunset -people”. Drop or paste an image to find similar photos.</source>
        <translation>Describe una foto en cualquier idioma. Combina: «playa +atardecer -gente». Suelta o pega una imagen para encontrar fotos parecidas.</translation>
    </message>
    <message>
        <source>Searching by example image; click to stop</source>
        <translation>Buscando por imagen de ejemplo; haz clic para detener</translation>
    </message>
    <message>
        <source>Search tips (F1)</source>
        <translation>Consejos de búsqueda (F1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LinguaLens&lt;/h2&gt;&lt;p&gt;Add the folders that hold your photos. LinguaLens looks at every photo once (on this computer, nothing leaves it); then describe what you are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Te damos la bienvenida a LinguaLens&lt;/h2&gt;&lt;p&gt;Añade las carpetas que contienen tus fotos. LinguaLens mira cada foto una vez (en este equipo, nada sale de él); después describe lo que buscas en cualquier idioma — «Eisbär im Schnee», «белая кошка», «夕焼けの海».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>Copiar %Ln ruta</numerusform>
            <numerusform>Copiar %Ln rutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>Exportar %Ln foto a una carpeta…</numerusform>
            <numerusform>Exportar %Ln fotos a una carpeta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>Mover %Ln foto a la papelera</numerusform>
            <numerusform>Mover %Ln fotos a la papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>Abrir con la aplicación predeterminada</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>Exportar a una carpeta…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Buscar parecidas</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Pause indexing</source>
        <translation>&amp;Pausar la indexación</translation>
    </message>
    <message>
        <source>Paused — indexing waits until you resume</source>
        <translation>En pausa — la indexación espera hasta que la reanudes</translation>
    </message>
    <message>
        <source>&amp;Resume indexing</source>
        <translation>&amp;Reanudar la indexación</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reanudando…</translation>
    </message>
    <message>
        <source>&amp;Stop indexing</source>
        <translation>&amp;Detener la indexación</translation>
    </message>
    <message>
        <source>Resume &amp;indexing</source>
        <translation>Reanudar la &amp;indexación</translation>
    </message>
    <message>
        <source>Search by &amp;image file…</source>
        <translation>Buscar por archivo de &amp;imagen…</translation>
    </message>
    <message>
        <source>Find photos like…</source>
        <translation>Buscar fotos como…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Search by pasted image</source>
        <translation>Buscar por imagen pegada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>&amp;Download models…</source>
        <translation>&amp;Descargar modelos…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar d&amp;uplicados…</translation>
    </message>
    <message>
        <source>&amp;Evaluate translations…</source>
        <translation>&amp;Evaluar traducciones…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;Consejos de búsqueda</translation>
    </message>
    <message>
        <source>&amp;About LinguaLens</source>
        <translation>&amp;Acerca de LinguaLens</translation>
    </message>
    <message>
        <source>The models could not be loaded</source>
        <translation>No se pudieron cargar los modelos</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>No se pudieron cargar los modelos</translation>
    </message>
    <message>
        <source>The models could not be loaded:
%1

Choose other files in Settings (Ctrl+,).</source>
        <translation>No se pudieron cargar los modelos:
%1

Elige otros archivos en Preferencias (Ctrl+,).</translation>
    </message>
    <message>
        <source>Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”</source>
        <translation>Describe una foto en cualquier idioma — «Eisbär im Schnee», «белая кошка»</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Models ready (%1 s)</source>
        <translation>Modelos listos (%1 s)</translation>
    </message>
    <message>
        <source>Waiting for the image model…</source>
        <translation>Esperando al modelo de imagen…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>understanding the query %1 ms, searching %L2 photos %3 ms</source>
        <translation>interpretar la búsqueda %1 ms, buscar en %L2 fotos %3 ms</translation>
    </message>
    <message>
        <source>No photo from %1 matches. Click a filter&apos;s ✕ above to search without it.</source>
        <translation>Ninguna foto de %1 coincide. Haz clic en la ✕ de un filtro, arriba, para buscar sin él.</translation>
    </message>
    <message>
        <source>No photos are indexed yet.</source>
        <translation>Aún no hay fotos indexadas.</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>Ninguna foto coincide con estos filtros.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Carpetas</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View photo</source>
        <translation>Ver &amp;foto</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Like: %1  ✕</source>
        <translation>Como: %1  ✕</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>imagen soltada</translation>
    </message>
    <message>
        <source>Drop an image file to find similar photos, or a folder to add it.</source>
        <translation>Suelta un archivo de imagen para encontrar fotos parecidas, o una carpeta para añadirla.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Buscando fotos…</translation>
    </message>
    <message>
        <source>Indexing %L1 of %L2</source>
        <translation>Indexando %L1 de %L2</translation>
    </message>
    <message>
        <source> · %1 photos/s</source>
        <translation> · %1 fotos/s</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · queda %Ln s</numerusform>
            <numerusform> · quedan %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · queda %Ln min</numerusform>
            <numerusform> · quedan %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %L1 of %L2 done</source>
        <translation>En pausa — %L1 de %L2 hechas</translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>Indexación detenida; todo lo terminado hasta ahora está guardado. Queda %Ln foto pendiente — Biblioteca ▸ Reanudar la indexación.</numerusform>
            <numerusform>Indexación detenida; todo lo terminado hasta ahora está guardado. Quedan %Ln fotos pendientes — Biblioteca ▸ Reanudar la indexación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexación</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>¿Dónde está %1 ahora?</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Añadir una carpeta de fotos</translation>
    </message>
    <message>
        <source>Indexing starts when the models are loaded.</source>
        <translation>La indexación empieza cuando se cargan los modelos.</translation>
    </message>
    <message>
        <source>Trying the files that could not be read again…</source>
        <translation>Volviendo a intentar con los archivos que no se pudieron leer…</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>%Ln ruta copiada.</numerusform>
            <numerusform>%Ln rutas copiadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>Copiar %Ln foto a…</numerusform>
            <numerusform>Copiar %Ln fotos a…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>Copiando %Ln foto…</numerusform>
            <numerusform>Copiando %Ln fotos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>%Ln foto copiada a %1.</numerusform>
            <numerusform>%Ln fotos copiadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>¿Mover %Ln foto a la papelera? Podrás restaurarla desde la papelera más tarde.</numerusform>
            <numerusform>¿Mover %Ln fotos a la papelera? Podrás restaurarlas desde la papelera más tarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln foto movida a la papelera.</numerusform>
            <numerusform>%Ln fotos movidas a la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the models</source>
        <translation>Esperando a los modelos</translation>
    </message>
    <message>
        <source>The models are needed before searching</source>
        <translation>Se necesitan los modelos antes de buscar</translation>
    </message>
    <message>
        <source>LinguaLens needs its two models before it can search or index. They are not in %1 yet.</source>
        <translation>LinguaLens necesita sus dos modelos antes de poder buscar o indexar. Aún no están en %1.</translation>
    </message>
    <message>
        <source>The %1 models and their own library open at the next start.</source>
        <translation>Los modelos %1 y su propia biblioteca se abrirán en el próximo inicio.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>The library in %1 opens at the next start.</source>
        <translation>La biblioteca de %1 se abrirá en el próximo inicio.</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>la ubicación predeterminada</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ModelSetupDialog</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>no se puede usar: %1</translation>
    </message>
    <message>
        <source>found, checked: %1</source>
        <translation>encontrado, verificado: %1</translation>
    </message>
    <message>
        <source>LinguaLens needs its models</source>
        <translation>LinguaLens necesita sus modelos</translation>
    </message>
    <message>
        <source>&lt;p&gt;LinguaLens understands photos and text with two models: OpenAI&apos;s CLIP image model &lt;b&gt;RN50x4&lt;/b&gt; (about 400 MB) and the Multilingual-CLIP text model &lt;b&gt;M-BERT-Base-69&lt;/b&gt; with its head (about 700 MB). Download them into &lt;b&gt;%1&lt;/b&gt; (each file is checked; an interrupted download continues where it stopped), or choose the files you have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LinguaLens entiende fotos y texto con dos modelos: el modelo de imagen &lt;b&gt;RN50x4&lt;/b&gt; del CLIP de OpenAI (unos 400 MB) y el modelo de texto &lt;b&gt;M-BERT-Base-69&lt;/b&gt; de Multilingual-CLIP con su cabeza (unos 700 MB). Descárgalos en &lt;b&gt;%1&lt;/b&gt; (cada archivo se verifica; una descarga interrumpida continúa donde se detuvo), o elige los archivos que tengas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Archivo de modelo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Image model (RN50x4.pt)</source>
        <translation>Modelo de imagen (RN50x4.pt)</translation>
    </message>
    <message>
        <source>Text model (M-BERT-Base-69 folder)</source>
        <translation>Modelo de texto (carpeta M-BERT-Base-69)</translation>
    </message>
    <message>
        <source>Text head (… Linear Weights.pkl)</source>
        <translation>Cabeza de texto (… Linear Weights.pkl)</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The M-BERT-Base-69 folder</source>
        <translation>La carpeta M-BERT-Base-69</translation>
    </message>
    <message>
        <source>The image model</source>
        <translation>El modelo de imagen</translation>
    </message>
    <message>
        <source>The text head</source>
        <translation>La cabeza de texto</translation>
    </message>
    <message>
        <source>CLIP models (*.pt *.safetensors);;All files (*)</source>
        <translation>Modelos CLIP (*.pt *.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Text heads (*.pkl);;All files (*)</source>
        <translation>Cabezas de texto (*.pkl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mirror (optional):</source>
        <translation>Réplica (opcional):</translation>
    </message>
    <message>
        <source>https://… a server with the same files, e.g. inside your network</source>
        <translation>https://… un servidor con los mismos archivos, p. ej. en tu red</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Copy files I have…</source>
        <translation>Copiar archivos que tengo…</translation>
    </message>
    <message>
        <source>Files from a USB stick, another computer or a browser download: they are checked and copied into the models folder</source>
        <translation>Archivos de una memoria USB, de otro equipo o de una descarga del navegador: se verifican y se copian en la carpeta de modelos</translation>
    </message>
    <message>
        <source>Use these files</source>
        <translation>Usar estos archivos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Choose the model files you have</source>
        <translation>Elige los archivos de modelo que tienes</translation>
    </message>
    <message>
        <source>Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)</source>
        <translation>Archivos de modelo (*.pt *.safetensors *.bin *.pkl *.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking and copying…</source>
        <translation>Verificando y copiando…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>waiting (%1)</source>
        <translation>en espera (%1)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 free on this disk)…</source>
        <translation>Descargando %1 (%2 libres en este disco)…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message>
        <source>Ask size</source>
        <translation>Consultar tamaño</translation>
    </message>
    <message>
        <source>Asks the servers how large each of the pair&apos;s files is, without downloading them, and whether this disk has room</source>
        <translation>Pregunta a los servidores el tamaño de cada archivo del par, sin descargarlos, y si este disco tiene espacio</translation>
    </message>
    <message>
        <source>Download size: not asked yet.</source>
        <translation>Tamaño de la descarga: aún no consultado.</translation>
    </message>
    <message>
        <source>Asking the servers…</source>
        <translation>Consultando a los servidores…</translation>
    </message>
    <message>
        <source>All its files are here: %1 on disk.</source>
        <translation>Todos sus archivos están aquí: %1 en disco.</translation>
    </message>
    <message>
        <source>The servers did not say how large its files are (is this computer offline?).</source>
        <translation>Los servidores no indicaron el tamaño de sus archivos (¿está este equipo sin conexión?).</translation>
    </message>
    <message>
        <source>Download: %1 in all, %2 still to fetch.</source>
        <translation>Descarga: %1 en total, %2 aún por descargar.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>%Ln archivo no indicó su tamaño.</numerusform>
            <numerusform>%Ln archivos no indicaron su tamaño.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free on this disk.</source>
        <translation>%1 libres en este disco.</translation>
    </message>
    <message>
        <source>Not enough room: %1 free on this disk.</source>
        <translation>No hay espacio suficiente: %1 libres en este disco.</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(consultado el %1)</translation>
    </message>
    <message>
        <source>Could not ask: %1</source>
        <translation>No se pudo consultar: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSpeedRow</name>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Runs both models for a few seconds on this computer: images per second when indexing (decoding the photos comes on top), the time of one search, and the memory they take</source>
        <translation>Ejecuta ambos modelos unos segundos en este equipo: imágenes por segundo al indexar (la decodificación de las fotos se suma), la duración de una búsqueda y la memoria que ocupan</translation>
    </message>
    <message>
        <source>Its speed can be measured once its files are here.</source>
        <translation>Su velocidad se podrá medir cuando sus archivos estén aquí.</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; the computer is busy meanwhile)</source>
        <translation>Midiendo… (unos segundos; mientras tanto el equipo está ocupado)</translation>
    </message>
    <message>
        <source>On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).</source>
        <translation>En este equipo: %1 imágenes/s, %2 ms por búsqueda, %3 en memoria (medido el %4).</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>No se pudo medir: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message>
        <source>Each pair is evaluated in its own space: accuracy and recall compare directly; the cosine to the reference says how close each pair keeps a translation to the reference caption in its own space.</source>
        <translation>Cada par se evalúa en su propio espacio: la exactitud y el recall se comparan directamente; el coseno con la referencia indica cuánto acerca cada par una traducción al pie de foto de referencia en su propio espacio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>Exactitud %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Text→image R@1 %1</source>
        <translation>Texto→imagen R@1 %1</translation>
    </message>
    <message>
        <source>Cosine to reference %1</source>
        <translation>Coseno con la referencia %1</translation>
    </message>
    <message>
        <source>Top-k overlap %1</source>
        <translation>Coincidencia en el top k %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>The two pairs have no language in common on this set.</source>
        <translation>Los dos pares no tienen ningún idioma en común en este conjunto.</translation>
    </message>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>Exactitud media en %Ln idioma: %1 con %2, %3 con %4.</numerusform>
            <numerusform>Exactitud media en %Ln idiomas: %1 con %2, %3 con %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ahead in %2, %3 in %4, and they are even in %5.</source>
        <translation>%1 va por delante en %2, %3 en %4, y empatan en %5.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Visor de fotos</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>←/→ browse · Z zoom · I details · F full screen · Esc back</source>
        <translation>←/→ recorrer · Z zoom · I detalles · F pantalla completa · Esc volver</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PreviewPane</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>Abrir con la aplicación predeterminada (Intro)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open the folder that holds this photo</source>
        <translation>Abrir la carpeta que contiene esta foto</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>Copiar la ruta del archivo (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy the picture itself</source>
        <translation>Copiar la imagen en sí</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Buscar parecidas</translation>
    </message>
    <message>
        <source>Search for photos that look like this one</source>
        <translation>Buscar fotos que se parezcan a esta</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>Selecciona una foto para verla aquí.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>No se puede mostrar esta foto: %1</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>No hay ninguna aplicación configurada para abrir %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not there (unplugged or moved?).</source>
        <translation>La carpeta %1 no está (¿desconectada o movida?).</translation>
    </message>
    <message>
        <source>No file manager is set up to show %1.</source>
        <translation>No hay ningún gestor de archivos configurado para mostrar %1.</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>Ruta copiada.</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>Imagen copiada.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultDelegate</name>
    <message>
        <source>no preview</source>
        <translation>sin vista previa</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>%1
relevance %2</source>
        <translation>%1
relevancia %2</translation>
    </message>
    <message>
        <source>%1, relevance %2</source>
        <translation>%1, relevancia %2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language
(after a restart)</source>
        <translation>Idioma
(tras reiniciar)</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>ubicación predeterminada</translation>
    </message>
    <message>
        <source>Library folder
(after a restart)</source>
        <translation>Carpeta de la biblioteca
(tras reiniciar)</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>CLIP weights (*.pt *.pth *.safetensors)</source>
        <translation>Pesos de CLIP (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <source>RN50x4.pt in the models folder</source>
        <translation>RN50x4.pt en la carpeta de modelos</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Modelo de imagen</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 in the models folder</source>
        <translation>M-BERT-Base-69 en la carpeta de modelos</translation>
    </message>
    <message>
        <source>Text model folder</source>
        <translation>Carpeta del modelo de texto</translation>
    </message>
    <message>
        <source>Linear head (*.pkl)</source>
        <translation>Cabeza lineal (*.pkl)</translation>
    </message>
    <message>
        <source>found in the text model folder</source>
        <translation>se encuentra en la carpeta del modelo de texto</translation>
    </message>
    <message>
        <source>Text head</source>
        <translation>Cabeza de texto</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>todos los núcleos (%1)</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>Hilos de cálculo</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Tamaño de las miniaturas</translation>
    </message>
    <message>
        <source>Fast indexing (approximate)</source>
        <translation>Indexación rápida (aproximada)</translation>
    </message>
    <message>
        <source>Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and the results differ slightly from the exact reference computation.</source>
        <translation>Decodifica las fotos JPEG a tamaño reducido: la indexación es un 10 % más rápida, y los resultados difieren ligeramente del cálculo de referencia exacto.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexación</translation>
    </message>
    <message>
        <source>Compact text model (half precision)</source>
        <translation>Modelo de texto compacto (media precisión)</translation>
    </message>
    <message>
        <source>Keeps the text model in half precision: about 170 MB less memory and faster searches; scores differ from the exact computation by about 0.1 %.</source>
        <translation>Mantiene el modelo de texto en media precisión: unos 170 MB menos de memoria y búsquedas más rápidas; las puntuaciones difieren del cálculo exacto en un 0,1 % aproximadamente.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Read dates and places in queries</source>
        <translation>Interpretar fechas y lugares en las búsquedas</translation>
    </message>
    <message>
        <source>“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, and only “beach” goes to the text model. Off: every word is searched as text (words in quotation marks always are).</source>
        <translation>«playa julio 2023» o «Strand in Italien» muestra solo las fotos de esa época o ese lugar, y solo «playa» pasa al modelo de texto. Desactivado: cada palabra se busca como texto (las palabras entre comillas siempre).</translation>
    </message>
    <message>
        <source>Everything applies at once when you press OK (new model files or threads reload the models; searches wait a few seconds meanwhile), except the language and the library folder, which apply at the next start.</source>
        <translation>Todo se aplica en cuanto pulsas Aceptar (nuevos archivos de modelo o hilos recargan los modelos; mientras tanto las búsquedas esperan unos segundos), salvo el idioma y la carpeta de la biblioteca, que se aplican en el próximo inicio.</translation>
    </message>
    <message>
        <source>Model files chosen one by one below.</source>
        <translation>Archivos de modelo elegidos uno a uno abajo.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>Model pair</source>
        <translation>Par de modelos</translation>
    </message>
    <message>
        <source>%1 text model with the %2 image model, %3-dimensional.</source>
        <translation>Modelo de texto %1 con el modelo de imagen %2, de %3 dimensiones.</translation>
    </message>
    <message>
        <source>Published text-to-image recall@10 on XTD: English %1, German %2, Chinese %3, Japanese %4.</source>
        <translation>Recall@10 texto→imagen publicado en XTD: inglés %1, alemán %2, chino %3, japonés %4.</translation>
    </message>
    <message>
        <source>Its files are in the models folder.</source>
        <translation>Sus archivos están en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Its files are not in the models folder yet (lingualens-cli models download --model-pair %1).</source>
        <translation>Sus archivos aún no están en la carpeta de modelos (lingualens-cli models download --model-pair %1).</translation>
    </message>
    <message>
        <source>A library holds the photos of one pair: a pair with another image model needs a library of its own.</source>
        <translation>Una biblioteca contiene las fotos de un solo par: un par con otro modelo de imagen necesita una biblioteca propia.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Trained on captions in %1 languages; others work through what the text model learned of them.</source>
        <translation>Entrenado con pies de foto en %1 idiomas; los demás funcionan gracias a lo que el modelo de texto aprendió de ellos.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::UnderstoodChips</name>
    <message>
        <source>Only photos from:</source>
        <translation>Solo fotos de:</translation>
    </message>
    <message>
        <source>Understood from “%1”. Click to search without it.</source>
        <translation>Entendido a partir de «%1». Haz clic para buscar sin ello.</translation>
    </message>
    <message>
        <source>Photos taken south of the equator: %1</source>
        <translation>Fotos tomadas al sur del ecuador: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library folder.</source>
        <translation>Carpeta de la biblioteca.</translation>
    </message>
    <message>
        <source>Folder with the model files.</source>
        <translation>Carpeta con los archivos de modelo.</translation>
    </message>
    <message>
        <source>CLIP RN50x4 weights.</source>
        <translation>Pesos de CLIP RN50x4.</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 folder.</source>
        <translation>Carpeta de M-BERT-Base-69.</translation>
    </message>
    <message>
        <source>Text head .pkl.</source>
        <translation>Cabeza de texto (.pkl).</translation>
    </message>
    <message>
        <source>Keep the text model in half precision (less memory).</source>
        <translation>Mantener el modelo de texto en media precisión (menos memoria).</translation>
    </message>
    <message>
        <source>Run this query at start.</source>
        <translation>Ejecutar esta búsqueda al inicio.</translation>
    </message>
    <message>
        <source>Open the translation evaluation with this set and run it.</source>
        <translation>Abrir la evaluación de traducciones con este conjunto y ejecutarla.</translation>
    </message>
    <message>
        <source>Print the time from launch to the first timeline thumbnails shown (or, with --search, to the first search result), then quit.</source>
        <translation>Mostrar el tiempo desde el inicio hasta las primeras miniaturas de la cronología (o, con --search, hasta el primer resultado) y salir.</translation>
    </message>
    <message>
        <source>Search your photos by describing them, in any language.</source>
        <translation>Encuentra tus fotos describiéndolas, en cualquier idioma.</translation>
    </message>
    <message>
        <source>Images to search by (opened from a file manager).</source>
        <translation>Imágenes por las que buscar (abiertas desde un gestor de archivos).</translation>
    </message>
</context>
</TS>
