<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 не найден.</translation>
    </message>
    <message>
        <source>Something needed was not found.</source>
        <translation>Не найдено то, что нужно для работы.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (permissions, a full disk or a removed drive?).</source>
        <translation>Не удалось прочитать или записать %1 (права доступа, заполненный диск или отключённый накопитель?).</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <source>%1 is damaged, or is not what its name says.</source>
        <translation>%1 повреждён или не является тем, чем назван.</translation>
    </message>
    <message>
        <source>A file is damaged.</source>
        <translation>Файл повреждён.</translation>
    </message>
    <message>
        <source>%1 is in a form LinguaLens cannot read.</source>
        <translation>%1 в формате, который LinguaLens не умеет читать.</translation>
    </message>
    <message>
        <source>This is in a form LinguaLens cannot read.</source>
        <translation>Это в формате, который LinguaLens не умеет читать.</translation>
    </message>
    <message>
        <source>These model files do not belong together.</source>
        <translation>Эти файлы моделей не подходят друг к другу.</translation>
    </message>
    <message>
        <source>%1 is too large to open safely.</source>
        <translation>%1 слишком велик, чтобы безопасно его открыть.</translation>
    </message>
    <message>
        <source>This is too large to open safely.</source>
        <translation>Это слишком велико, чтобы безопасно открыть.</translation>
    </message>
    <message>
        <source>Another program is working on this library; try again when it has finished.</source>
        <translation>С этой библиотекой сейчас работает другая программа; повторите попытку, когда она закончит.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>This cannot be done as asked.</source>
        <translation>Это нельзя выполнить так, как запрошено.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>Обработана %Ln фотография</numerusform>
            <numerusform>Обработаны %Ln фотографии</numerusform>
            <numerusform>Обработано %Ln фотографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform>; не удалось обработать %Ln: </numerusform>
            <numerusform>; не удалось обработать %Ln: </numerusform>
            <numerusform>; не удалось обработать %Ln: </numerusform>
        </translation>
    </message>
    <message>
        <source> (and more)</source>
        <translation> (и другие)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>файла больше нет на месте</translation>
    </message>
    <message>
        <source>there is no trash for this drive</source>
        <translation>у этого диска нет корзины</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Search tips</source>
        <translation>Советы по поиску</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Describe the photo, in any of 69 languages&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;both: &lt;i&gt;beach +sunset&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;less of b: &lt;i&gt;beach -people&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weigh a part: &lt;i&gt;dog^2 +snow&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;an image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drop, paste (Ctrl+V) or choose a photo to find similar ones; with words, both count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;no words&lt;/b&gt;&lt;/td&gt;&lt;td&gt;every photo, newest first (the timeline)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The relevance slider shows more or fewer results; the folder and date filters narrow the search. Enter or double-click opens a photo, Space for a quick look, Esc goes back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Опишите фотографию на любом из 69 языков&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;и то и другое: &lt;i&gt;пляж +закат&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;меньше b: &lt;i&gt;пляж -люди&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;усилить часть запроса: &lt;i&gt;собака^2 +снег&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;изображение&lt;/b&gt;&lt;/td&gt;&lt;td&gt;перетащите, вставьте (Ctrl+V) или выберите фото, чтобы найти похожие; вместе со словами учитывается и то и другое&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;без слов&lt;/b&gt;&lt;/td&gt;&lt;td&gt;все фотографии, сначала новые (лента)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Ползунок релевантности показывает больше или меньше результатов; фильтры по папке и дате сужают поиск. Enter или двойной щелчок открывает фото, пробел — быстрый просмотр, Esc — назад.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinguaLens</source>
        <translation>О LinguaLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Search your photos by describing them in any of 69 languages. Everything runs on this computer; no photo or query leaves it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP M-BERT-Base-69 (text; MIT licence). In use:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Places&lt;/b&gt;: the offline gazetteer of populated places comes from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Ищите свои фотографии, описывая их на любом из 69 языков. Всё работает на этом компьютере; ни фотографии, ни запросы не покидают его.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Модели&lt;/b&gt;: OpenAI CLIP RN50x4 (изображения; лицензия MIT) и Multilingual-CLIP M-BERT-Base-69 (текст; лицензия MIT). Используются:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Создано с помощью&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (общественное достояние), exiv2 (GPL), libheif (LGPL), ICU (лицензия Unicode), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Места&lt;/b&gt;: автономный справочник населённых пунктов взят из &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</translation>
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
        <translation>Нет соединения с %1: похоже, компьютер не подключён к сети или соединение блокирует брандмауэр. Подключитесь и снова нажмите «Загрузить» (загрузка продолжится с места остановки) или получите файлы другим способом и выберите их на диске («Скопировать имеющиеся файлы…» или «Выбрать…»).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>The download did not succeed: %1

You can try again (it continues where it stopped), or get the files elsewhere and choose them on disk.</source>
        <translation>Загрузка не удалась: %1

Можно попробовать ещё раз (загрузка продолжится с места остановки) или получить файлы другим способом и выбрать их на диске.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>уже на месте</translation>
    </message>
    <message>
        <source>downloaded from %1, verified</source>
        <translation>загружено с %1, проверено</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>Модели готовы.</translation>
    </message>
    <message>
        <source>Download stopped. It will continue where it stopped next time.</source>
        <translation>Загрузка остановлена. В следующий раз она продолжится с места остановки.</translation>
    </message>
    <message>
        <source>%1: placed as %2 (%3)</source>
        <translation>%1: сохранён как %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not used — %2</source>
        <translation>%1: не используется — %2</translation>
    </message>
    <message>
        <source>All model files are in place.</source>
        <translation>Все файлы моделей на месте.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Ещё не хватает: %1</translation>
    </message>
    <message>
        <source>The models do not fit on this disk: %1

Free some space, or choose a models folder on another disk (Settings), then press Download again.</source>
        <translation>Модели не помещаются на этот диск: %1

Освободите место или выберите папку моделей на другом диске (Настройки), затем снова нажмите «Загрузить».</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message>
        <source>identical files</source>
        <translation>одинаковые файлы</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>одна и та же фотография</translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>похожие снимки</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Similar shots: at least</source>
        <translation>Похожие снимки: сходство не меньше</translation>
    </message>
    <message>
        <source> % alike</source>
        <comment>how similar two photos look</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>How alike two photos must look to the image model (cosine of their embeddings).</source>
        <translation>Насколько похожими две фотографии должны быть для модели изображений (косинус их векторов).</translation>
    </message>
    <message>
        <source>and taken within</source>
        <translation>и сняты в пределах</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Keep this one (K)</source>
        <translation>Оставить эту (K)</translation>
    </message>
    <message>
        <source>Move the others to the trash</source>
        <translation>Переместить остальные в корзину</translation>
    </message>
    <message>
        <source>Move them to a folder…</source>
        <translation>Переместить их в папку…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Move the others to…</source>
        <translation>Переместить остальные в…</translation>
    </message>
    <message>
        <source>Looking for copies in the library…</source>
        <translation>Поиск копий в библиотеке…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %Ln фотография</numerusform>
            <numerusform>%1 · %Ln фотографии</numerusform>
            <numerusform>%1 · %Ln фотографий</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates in the library.</source>
        <translation>В библиотеке нет дубликатов.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>%Ln группа копий. ←/→ — переход между ними, K оставляет выбранную фотографию.</numerusform>
            <numerusform>%Ln группы копий. ←/→ — переход между ними, K оставляет выбранную фотографию.</numerusform>
            <numerusform>%Ln групп копий. ←/→ — переход между ними, K оставляет выбранную фотографию.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ KEEP
%1</source>
        <translation>✔ ОСТАВИТЬ
%1</translation>
    </message>
    <message>
        <source>kept: your choice</source>
        <translation>оставлена: ваш выбор</translation>
    </message>
    <message>
        <source>Group %L1 of %L2 — %3. %4</source>
        <translation>Группа %L1 из %L2 — %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>Переместить %Ln другую в корзину</numerusform>
            <numerusform>Переместить %Ln другие в корзину</numerusform>
            <numerusform>Переместить %Ln других в корзину</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln фотография перемещена в корзину.</numerusform>
            <numerusform>%Ln фотографии перемещены в корзину.</numerusform>
            <numerusform>%Ln фотографий перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln фотография перемещена в %1.</numerusform>
            <numerusform>%Ln фотографии перемещены в %1.</numerusform>
            <numerusform>%Ln фотографий перемещено в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>%Ln фотография восстановлена.</numerusform>
            <numerusform>%Ln фотографии восстановлены.</numerusform>
            <numerusform>%Ln фотографий восстановлено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::Engine</name>
    <message>
        <source>Loading the text model…</source>
        <translation>Загрузка текстовой модели…</translation>
    </message>
    <message>
        <source>Loading the image model…</source>
        <translation>Загрузка модели изображений…</translation>
    </message>
    <message>
        <source>the models are not loaded yet</source>
        <translation>модели ещё не загружены</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Оценка остановлена.</translation>
    </message>
    <message>
        <source>“%1” is not a model pair</source>
        <translation>«%1» — не пара моделей</translation>
    </message>
    <message>
        <source>the %1 models are not in the models folder (lingualens-cli models download --model-pair %1)</source>
        <translation>моделей %1 нет в папке моделей (lingualens-cli models download --model-pair %1)</translation>
    </message>
    <message>
        <source>Loading the %1 models…</source>
        <translation>Загрузка моделей %1…</translation>
    </message>
    <message>
        <source>Evaluating with %1…</source>
        <translation>Оценка с %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ErrorListDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>Файлы, которые не удалось прочитать</translation>
    </message>
    <message>
        <source>These files were skipped. They stay listed until they are fixed or removed; the rest of the library is not affected.</source>
        <translation>Эти файлы пропущены. Они остаются в списке, пока их не исправят или не удалят; остальная библиотека не затронута.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Try these files again (after installing a codec, or once a copy has finished)</source>
        <translation>Попробовать эти файлы снова (после установки кодека или по окончании копирования)</translation>
    </message>
    <message>
        <source>Could not show %1.</source>
        <translation>Не удалось показать %1.</translation>
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
        <translation>%1 частей слов неизвестны словарю</translation>
    </message>
    <message>
        <source>words fall apart into %1 pieces each</source>
        <translation>слова распадаются на %1 частей каждое</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>%Ln подпись длиннее, чем читает модель</numerusform>
            <numerusform>%Ln подписи длиннее, чем читает модель</numerusform>
            <numerusform>%Ln подписей длиннее, чем читает модель</numerusform>
        </translation>
    </message>
    <message>
        <source>known words (%1 pieces per word)</source>
        <translation>известные слова (%1 частей на слово)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Evaluate translations — LinguaLens</source>
        <translation>Оценка переводов — LinguaLens</translation>
    </message>
    <message>
        <source>Open set…</source>
        <translation>Открыть набор…</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>Сохранить набор…</translation>
    </message>
    <message>
        <source>Images folder…</source>
        <translation>Папка изображений…</translation>
    </message>
    <message>
        <source>Where this set&apos;s images are, when they are not next to the set file</source>
        <translation>Где лежат изображения этого набора, если не рядом с файлом набора</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Добавить изображения…</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source> Reference language: </source>
        <translation> Эталонный язык: </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Encode the images and every caption, then compare (F5)</source>
        <translation>Закодировать изображения и все подписи, затем сравнить (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Softmax over captions (%)</source>
        <translation>Softmax по подписям (%)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Косинус</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Text→image R@1</source>
        <translation>Текст→изображение R@1</translation>
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
        <translation>Изображение→текст R@1</translation>
    </message>
    <message>
        <source>Cosine to reference</source>
        <translation>Косинус с эталоном</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>Пересечение top-k</translation>
    </message>
    <message>
        <source>Unknown pieces</source>
        <translation>Неизвестные части</translation>
    </message>
    <message>
        <source>Pieces per word</source>
        <translation>Частей на слово</translation>
    </message>
    <message>
        <source>What the tokenizer shows</source>
        <translation>Что показывает токенизатор</translation>
    </message>
    <message>
        <source>Share of the captions&apos; word pieces the text model&apos;s vocabulary does not know ([UNK])</source>
        <translation>Доля частей слов в подписях, которых нет в словаре текстовой модели ([UNK])</translation>
    </message>
    <message>
        <source>Word pieces per word: 1 means whole words; high means the words fall apart into letters. Hover a row to see each caption&apos;s pieces.</source>
        <translation>Частей на слово: 1 — целые слова; большое значение — слова распадаются на буквы. Наведите указатель на строку, чтобы увидеть части каждой подписи.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>Добавить подпись</translation>
    </message>
    <message>
        <source>From selected row</source>
        <translation>Из выбранной строки</translation>
    </message>
    <message>
        <source>Take the captions of the row selected in the Captions tab</source>
        <translation>Взять подписи из строки, выбранной на вкладке «Подписи»</translation>
    </message>
    <message>
        <source>top </source>
        <translation>топ </translation>
    </message>
    <message>
        <source>Compare in library</source>
        <translation>Сравнить в библиотеке</translation>
    </message>
    <message>
        <source>The first caption is the reference. Photos outlined in orange are not among the reference&apos;s top results: that is where a translation diverges.</source>
        <translation>Первая подпись — эталон. Фотографии в оранжевой рамке не входят в лучшие результаты эталона: именно там перевод расходится с ним.</translation>
    </message>
    <message>
        <source>Library comparison</source>
        <translation>Сравнение в библиотеке</translation>
    </message>
    <message>
        <source>Give a caption and at least one translation.</source>
        <translation>Введите подпись и хотя бы один перевод.</translation>
    </message>
    <message>
        <source>Waiting for the models…</source>
        <translation>Ожидание моделей…</translation>
    </message>
    <message>
        <source>Untitled set</source>
        <translation>Набор без названия</translation>
    </message>
    <message>
        <source>Row %1: the image %2 does not exist.</source>
        <translation>Строка %1: изображения %2 не существует.</translation>
    </message>
    <message>
        <source>The set has no images yet: “Add images…”.</source>
        <translation>В наборе ещё нет изображений: «Добавить изображения…».</translation>
    </message>
    <message>
        <source>Open a set first; then say where its images are.</source>
        <translation>Сначала откройте набор, затем укажите, где лежат его изображения.</translation>
    </message>
    <message>
        <source>Where are the images of this set?</source>
        <translation>Где лежат изображения этого набора?</translation>
    </message>
    <message>
        <source>%1 — Evaluate translations</source>
        <translation>%1 — Оценка переводов</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>%Ln изображение, языки: %1</numerusform>
            <numerusform>%Ln изображения, языки: %1</numerusform>
            <numerusform>%Ln изображений, языки: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform> — не найдено %Ln изображение: укажите, где оно, через «Папка изображений…».</numerusform>
            <numerusform> — не найдено %Ln изображения: укажите, где они, через «Папка изображений…».</numerusform>
            <numerusform> — не найдено %Ln изображений: укажите, где они, через «Папка изображений…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>Открыть набор</translation>
    </message>
    <message>
        <source>This set cannot be opened:

%1</source>
        <translation>Не удаётся открыть этот набор:

%1</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>Открыть набор для оценки</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json *.tsv)</source>
        <translation>Наборы для оценки (*.json *.tsv)</translation>
    </message>
    <message>
        <source>Save the evaluation set</source>
        <translation>Сохранить набор для оценки</translation>
    </message>
    <message>
        <source>Evaluation set (*.json)</source>
        <translation>Набор для оценки (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Save set</source>
        <translation>Сохранить набор</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Добавить изображения</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):</source>
        <translation>Код языка (BCP-47, например «sv», «el», «kn», «zh-Hans»):</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>«%1» — не код языка.</translation>
    </message>
    <message>
        <source>The models are still loading; try again in a moment.</source>
        <translation>Модели ещё загружаются; попробуйте через минуту.</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>Кодирование %Ln изображения и подписей…</numerusform>
            <numerusform>Кодирование %Ln изображений и подписей…</numerusform>
            <numerusform>Кодирование %Ln изображений и подписей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s: %2 image(s) encoded, %3 taken from the library</source>
        <translation>Готово за %1 с: закодировано изображений — %2, взято из библиотеки — %3</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 — точность %2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>эталон</translation>
    </message>
    <message>
        <source> (top %1)</source>
        <translation> (топ %1)</translation>
    </message>
    <message>
        <source> (cut short)</source>
        <translation> (обрезано)</translation>
    </message>
    <message>
        <source>softmax, %</source>
        <translation>softmax, %</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>косинус</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (эталон)</translation>
    </message>
    <message>
        <source>%1 — %2 shared</source>
        <translation>%1 — общих: %2</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> Сравнить с: </translation>
    </message>
    <message>
        <source>Run the same set with a second Multilingual-CLIP pair, each in its own space, and read the two side by side: which pair keeps your language&apos;s captions closest to the reference?</source>
        <translation>Оценить тот же набор второй парой Multilingual-CLIP, каждую в её собственном пространстве, и сравнить их рядом: какая пара держит подписи на вашем языке ближе всего к эталону?</translation>
    </message>
    <message>
        <source>Whose heatmap to show: the evaluated pair&apos;s or the compared one&apos;s</source>
        <translation>Чью тепловую карту показывать: оцениваемой пары или сравниваемой</translation>
    </message>
    <message>
        <source>Pairs side by side</source>
        <translation>Пары рядом</translation>
    </message>
    <message>
        <source> Evaluated with: %1 </source>
        <translation> Оценивается с: %1 </translation>
    </message>
    <message>
        <source>no second pair</source>
        <translation>без второй пары</translation>
    </message>
    <message>
        <source>%1 (not downloaded)</source>
        <translation>%1 (не загружена)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Папка для отчёта</translation>
    </message>
    <message>
        <source>Save the results to share them: one HTML page with the photos, heatmaps and tables, a PNG heatmap and a CSV per language</source>
        <translation>Сохранить результаты, чтобы поделиться ими: одна HTML-страница с фотографиями, тепловыми картами и таблицами, а также PNG с тепловой картой и CSV для каждого языка</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>Не удалось записать отчёт:

%1</translation>
    </message>
    <message>
        <source>Report written: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Отчёт записан: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message>
        <source>Best first</source>
        <translation>Сначала лучшие</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Релевантность</translation>
    </message>
    <message>
        <source>Show only photos at least this relevant. It starts where this query&apos;s good matches seem to end.</source>
        <translation>Показывать только фотографии не менее релевантные. Ползунок начинается там, где, похоже, заканчиваются хорошие совпадения этого запроса.</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Все папки</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Only photos taken between these dates (the camera&apos;s calendar)</source>
        <translation>Только фотографии, снятые между этими датами (по календарю камеры)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Relevance applies to a search: type what you are looking for.</source>
        <translation>Релевантность относится к поиску: введите, что вы ищете.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln фотография</numerusform>
            <numerusform>%Ln фотографии</numerusform>
            <numerusform>%Ln фотографий</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 из %L2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::HeatmapWidget</name>
    <message>
        <source>Run the evaluation to see the heatmap.</source>
        <translation>Запустите оценку, чтобы увидеть тепловую карту.</translation>
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
        <translation>без расширения</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · %Ln файл не поддерживается: %1</numerusform>
            <numerusform> · %Ln файла не поддерживаются: %1</numerusform>
            <numerusform> · %Ln файлов не поддерживаются: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Library up to date: %L1 new, %L2 changed, %L3 removed</source>
        <translation>Библиотека обновлена: новых %L1, изменённых %L2, удалённых %L3</translation>
    </message>
    <message>
        <source> (%1 images/s)</source>
        <translation> (%1 изобр./с)</translation>
    </message>
    <message>
        <source> · %1 holds no photos</source>
        <translation> · в %1 нет фотографий</translation>
    </message>
    <message>
        <source>Indexing stopped; everything finished so far is saved.</source>
        <translation>Индексирование остановлено; всё, что успело завершиться, сохранено.</translation>
    </message>
    <message>
        <source>Another program (probably lingualens-cli) is updating this library. Indexing will be possible when it has finished.</source>
        <translation>Другая программа (вероятно, lingualens-cli) обновляет эту библиотеку. Индексирование станет возможным, когда она закончит.</translation>
    </message>
    <message>
        <source>Removed %1 from the library (the photos themselves are untouched).</source>
        <translation>%1 удалена из библиотеки (сами фотографии не тронуты).</translation>
    </message>
    <message>
        <source>%1 is now at %2; its photos are kept.</source>
        <translation>%1 теперь находится в %2; её фотографии сохранены.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Click a folder to see only its photos</source>
        <translation>Щёлкните папку, чтобы видеть только её фотографии</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>Пересканировать</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <source>The selected folder is not connected: show where it is now (its photos are kept, nothing is indexed again)</source>
        <translation>Выбранная папка не подключена: укажите, где она сейчас (её фотографии сохранены, ничего не индексируется заново)</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (the photos stay on disk)</source>
        <translation>Удалить выбранную папку из библиотеки (фотографии остаются на диске)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted photos now</source>
        <translation>Проверить новые, изменённые и удалённые фотографии сейчас</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Удалить папку</translation>
    </message>
    <message>
        <source>Remove %1 from the library?

The photos themselves are not touched; only LinguaLens forgets them.</source>
        <translation>Удалить %1 из библиотеки?

Сами фотографии не затрагиваются; их забывает только LinguaLens.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>Не удалось прочитать %Ln файл — &lt;a href=&quot;#&quot;&gt;показать&lt;/a&gt;</numerusform>
            <numerusform>Не удалось прочитать %Ln файла — &lt;a href=&quot;#&quot;&gt;показать&lt;/a&gt;</numerusform>
            <numerusform>Не удалось прочитать %Ln файлов — &lt;a href=&quot;#&quot;&gt;показать&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Все фотографии</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (не подключена)</translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
Не подключена: её %Ln фотография сохранена и скрыта из результатов, пока диск не вернётся, — или используйте «Найти…»</numerusform>
            <numerusform>%1
Не подключена: её %Ln фотографии сохранены и скрыты из результатов, пока диск не вернётся, — или используйте «Найти…»</numerusform>
            <numerusform>%1
Не подключена: её %Ln фотографий сохранены и скрыты из результатов, пока диск не вернётся, — или используйте «Найти…»</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet: “Add folder…”</source>
        <translation>Папок пока нет: «Добавить папку…»</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message>
        <source>%1 scored %2 in your last evaluation (%3 %4): results may be weak.</source>
        <translation>%1 набрал %2 в вашей последней оценке (%3 %4): результаты могут быть слабыми.</translation>
    </message>
    <message>
        <source>LinguaLens</source>
        <translation>LinguaLens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Загрузка моделей…</translation>
    </message>
    <message>
        <source>Describe a photo in any language. Combine: “beach +sunset -people”. Drop or paste an image to find similar photos.</source>
        <translation>Опишите фотографию на любом языке. Сочетайте: «пляж +закат -люди». Перетащите или вставьте изображение, чтобы найти похожие фотографии.</translation>
    </message>
    <message>
        <source>Searching by example image; click to stop</source>
        <translation>Поиск по образцу; щёлкните, чтобы прекратить</translation>
    </message>
    <message>
        <source>Search tips (F1)</source>
        <translation>Советы по поиску (F1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LinguaLens&lt;/h2&gt;&lt;p&gt;Add the folders that hold your photos. LinguaLens looks at every photo once (on this computer, nothing leaves it); then describe what you are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в LinguaLens&lt;/h2&gt;&lt;p&gt;Добавьте папки с вашими фотографиями. LinguaLens один раз просмотрит каждую фотографию (на этом компьютере, ничего не покидает его); затем опишите, что ищете, на любом языке — «Eisbär im Schnee», «белая кошка», «夕焼けの海».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>Копировать %Ln путь</numerusform>
            <numerusform>Копировать %Ln пути</numerusform>
            <numerusform>Копировать %Ln путей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>Экспортировать %Ln фотографию в папку…</numerusform>
            <numerusform>Экспортировать %Ln фотографии в папку…</numerusform>
            <numerusform>Экспортировать %Ln фотографий в папку…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>Переместить %Ln фотографию в корзину</numerusform>
            <numerusform>Переместить %Ln фотографии в корзину</numerusform>
            <numerusform>Переместить %Ln фотографий в корзину</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>Открыть в приложении по умолчанию</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>Экспортировать в папку…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Найти похожие</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Добавить папку…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Pause indexing</source>
        <translation>&amp;Приостановить индексирование</translation>
    </message>
    <message>
        <source>Paused — indexing waits until you resume</source>
        <translation>Приостановлено — индексирование ждёт, пока вы его не продолжите</translation>
    </message>
    <message>
        <source>&amp;Resume indexing</source>
        <translation>П&amp;родолжить индексирование</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Продолжение…</translation>
    </message>
    <message>
        <source>&amp;Stop indexing</source>
        <translation>&amp;Остановить индексирование</translation>
    </message>
    <message>
        <source>Resume &amp;indexing</source>
        <translation>Продолжить &amp;индексирование</translation>
    </message>
    <message>
        <source>Search by &amp;image file…</source>
        <translation>Искать по файлу &amp;изображения…</translation>
    </message>
    <message>
        <source>Find photos like…</source>
        <translation>Найти фотографии, похожие на…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Search by pasted image</source>
        <translation>Искать по вставленному изображению</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>В буфере обмена нет изображения.</translation>
    </message>
    <message>
        <source>&amp;Download models…</source>
        <translation>&amp;Загрузить модели…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>&amp;Evaluate translations…</source>
        <translation>&amp;Оценить переводы…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;Советы по поиску</translation>
    </message>
    <message>
        <source>&amp;About LinguaLens</source>
        <translation>&amp;О LinguaLens</translation>
    </message>
    <message>
        <source>The models could not be loaded</source>
        <translation>Не удалось загрузить модели</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>Модели не загружены</translation>
    </message>
    <message>
        <source>The models could not be loaded:
%1

Choose other files in Settings (Ctrl+,).</source>
        <translation>Не удалось загрузить модели:
%1

Выберите другие файлы в настройках (Ctrl+,).</translation>
    </message>
    <message>
        <source>Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”</source>
        <translation>Опишите фотографию на любом языке — «Eisbär im Schnee», «белая кошка»</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%Ln изображение</numerusform>
            <numerusform>%Ln изображения</numerusform>
            <numerusform>%Ln изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>Models ready (%1 s)</source>
        <translation>Модели готовы (%1 с)</translation>
    </message>
    <message>
        <source>Waiting for the image model…</source>
        <translation>Ожидание модели изображений…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>understanding the query %1 ms, searching %L2 photos %3 ms</source>
        <translation>разбор запроса %1 мс, поиск среди %L2 фотографий %3 мс</translation>
    </message>
    <message>
        <source>No photo from %1 matches. Click a filter&apos;s ✕ above to search without it.</source>
        <translation>Ни одна фотография из %1 не подходит. Нажмите ✕ у фильтра выше, чтобы искать без него.</translation>
    </message>
    <message>
        <source>No photos are indexed yet.</source>
        <translation>Фотографии ещё не проиндексированы.</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>Нет фотографий, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Папки</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>П&amp;редпросмотр</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View photo</source>
        <translation>Просмотр &amp;фото</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>Like: %1  ✕</source>
        <translation>Похожие на: %1  ✕</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>вставленное изображение</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>перетащенное изображение</translation>
    </message>
    <message>
        <source>Drop an image file to find similar photos, or a folder to add it.</source>
        <translation>Перетащите файл изображения, чтобы найти похожие фотографии, или папку, чтобы добавить её.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Поиск фотографий…</translation>
    </message>
    <message>
        <source>Indexing %L1 of %L2</source>
        <translation>Индексирование: %L1 из %L2</translation>
    </message>
    <message>
        <source> · %1 photos/s</source>
        <translation> · %1 фото/с</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · осталась %Ln с</numerusform>
            <numerusform> · осталось %Ln с</numerusform>
            <numerusform> · осталось %Ln с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · осталась %Ln мин</numerusform>
            <numerusform> · осталось %Ln мин</numerusform>
            <numerusform> · осталось %Ln мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %L1 of %L2 done</source>
        <translation>Приостановлено — готово %L1 из %L2</translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>Индексирование остановлено; всё, что успело завершиться, сохранено. Осталась %Ln фотография — Библиотека ▸ Продолжить индексирование.</numerusform>
            <numerusform>Индексирование остановлено; всё, что успело завершиться, сохранено. Осталось %Ln фотографии — Библиотека ▸ Продолжить индексирование.</numerusform>
            <numerusform>Индексирование остановлено; всё, что успело завершиться, сохранено. Осталось %Ln фотографий — Библиотека ▸ Продолжить индексирование.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Индексирование</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Где теперь находится %1?</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Добавить папку с фотографиями</translation>
    </message>
    <message>
        <source>Indexing starts when the models are loaded.</source>
        <translation>Индексирование начнётся, когда модели загрузятся.</translation>
    </message>
    <message>
        <source>Trying the files that could not be read again…</source>
        <translation>Повторная попытка прочитать файлы, которые не удалось прочитать…</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>Скопирован %Ln путь.</numerusform>
            <numerusform>Скопировано %Ln пути.</numerusform>
            <numerusform>Скопировано %Ln путей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>Копировать %Ln фотографию в…</numerusform>
            <numerusform>Копировать %Ln фотографии в…</numerusform>
            <numerusform>Копировать %Ln фотографий в…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>Копирование %Ln фотографии…</numerusform>
            <numerusform>Копирование %Ln фотографий…</numerusform>
            <numerusform>Копирование %Ln фотографий…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>%Ln фотография скопирована в %1.</numerusform>
            <numerusform>%Ln фотографии скопированы в %1.</numerusform>
            <numerusform>%Ln фотографий скопировано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>Переместить %Ln фотографию в корзину? Позже её можно восстановить из корзины.</numerusform>
            <numerusform>Переместить %Ln фотографии в корзину? Позже их можно восстановить из корзины.</numerusform>
            <numerusform>Переместить %Ln фотографий в корзину? Позже их можно восстановить из корзины.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln фотография перемещена в корзину.</numerusform>
            <numerusform>%Ln фотографии перемещены в корзину.</numerusform>
            <numerusform>%Ln фотографий перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the models</source>
        <translation>Ожидание моделей</translation>
    </message>
    <message>
        <source>The models are needed before searching</source>
        <translation>Для поиска нужны модели</translation>
    </message>
    <message>
        <source>LinguaLens needs its two models before it can search or index. They are not in %1 yet.</source>
        <translation>LinguaLens нужны две модели, прежде чем можно будет искать или индексировать. В %1 их пока нет.</translation>
    </message>
    <message>
        <source>The %1 models and their own library open at the next start.</source>
        <translation>Модели %1 и их собственная библиотека откроются при следующем запуске.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>The library in %1 opens at the next start.</source>
        <translation>Библиотека в %1 откроется при следующем запуске.</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>расположение по умолчанию</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ModelSetupDialog</name>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>нельзя использовать: %1</translation>
    </message>
    <message>
        <source>found, checked: %1</source>
        <translation>найден, проверен: %1</translation>
    </message>
    <message>
        <source>LinguaLens needs its models</source>
        <translation>LinguaLens нужны модели</translation>
    </message>
    <message>
        <source>&lt;p&gt;LinguaLens understands photos and text with two models: OpenAI&apos;s CLIP image model &lt;b&gt;RN50x4&lt;/b&gt; (about 400 MB) and the Multilingual-CLIP text model &lt;b&gt;M-BERT-Base-69&lt;/b&gt; with its head (about 700 MB). Download them into &lt;b&gt;%1&lt;/b&gt; (each file is checked; an interrupted download continues where it stopped), or choose the files you have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LinguaLens понимает фотографии и текст с помощью двух моделей: модели изображений &lt;b&gt;RN50x4&lt;/b&gt; из CLIP от OpenAI (около 400 МБ) и текстовой модели &lt;b&gt;M-BERT-Base-69&lt;/b&gt; из Multilingual-CLIP с её головой (около 700 МБ). Загрузите их в &lt;b&gt;%1&lt;/b&gt; (каждый файл проверяется; прерванная загрузка продолжится с места остановки) или выберите имеющиеся у вас файлы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Файл модели</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Image model (RN50x4.pt)</source>
        <translation>Модель изображений (RN50x4.pt)</translation>
    </message>
    <message>
        <source>Text model (M-BERT-Base-69 folder)</source>
        <translation>Текстовая модель (папка M-BERT-Base-69)</translation>
    </message>
    <message>
        <source>Text head (… Linear Weights.pkl)</source>
        <translation>Текстовая голова (… Linear Weights.pkl)</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>поиск…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>The M-BERT-Base-69 folder</source>
        <translation>Папка M-BERT-Base-69</translation>
    </message>
    <message>
        <source>The image model</source>
        <translation>Модель изображений</translation>
    </message>
    <message>
        <source>The text head</source>
        <translation>Текстовая голова</translation>
    </message>
    <message>
        <source>CLIP models (*.pt *.safetensors);;All files (*)</source>
        <translation>Модели CLIP (*.pt *.safetensors);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Text heads (*.pkl);;All files (*)</source>
        <translation>Текстовые головы (*.pkl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Mirror (optional):</source>
        <translation>Зеркало (необязательно):</translation>
    </message>
    <message>
        <source>https://… a server with the same files, e.g. inside your network</source>
        <translation>https://… сервер с теми же файлами, например в вашей сети</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Copy files I have…</source>
        <translation>Скопировать имеющиеся файлы…</translation>
    </message>
    <message>
        <source>Files from a USB stick, another computer or a browser download: they are checked and copied into the models folder</source>
        <translation>Файлы с USB-накопителя, другого компьютера или загруженные браузером: они проверяются и копируются в папку моделей</translation>
    </message>
    <message>
        <source>Use these files</source>
        <translation>Использовать эти файлы</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> из %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/с</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Choose the model files you have</source>
        <translation>Выберите имеющиеся файлы моделей</translation>
    </message>
    <message>
        <source>Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)</source>
        <translation>Файлы моделей (*.pt *.safetensors *.bin *.pkl *.json *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking and copying…</source>
        <translation>Проверка и копирование…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <source>waiting (%1)</source>
        <translation>ожидает (%1)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 free on this disk)…</source>
        <translation>Скачивание %1 (на диске свободно %2)…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Скачивание %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message>
        <source>Ask size</source>
        <translation>Узнать размер</translation>
    </message>
    <message>
        <source>Asks the servers how large each of the pair&apos;s files is, without downloading them, and whether this disk has room</source>
        <translation>Спрашивает у серверов размер каждого файла пары, не скачивая их, и проверяет, хватит ли места на диске</translation>
    </message>
    <message>
        <source>Download size: not asked yet.</source>
        <translation>Размер загрузки: ещё не запрошен.</translation>
    </message>
    <message>
        <source>Asking the servers…</source>
        <translation>Запрос к серверам…</translation>
    </message>
    <message>
        <source>All its files are here: %1 on disk.</source>
        <translation>Все её файлы уже здесь: %1 на диске.</translation>
    </message>
    <message>
        <source>The servers did not say how large its files are (is this computer offline?).</source>
        <translation>Серверы не сообщили размер её файлов (может быть, компьютер не в сети?).</translation>
    </message>
    <message>
        <source>Download: %1 in all, %2 still to fetch.</source>
        <translation>Загрузка: всего %1, осталось скачать %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>%Ln файл не сообщил размер.</numerusform>
            <numerusform>%Ln файла не сообщили размер.</numerusform>
            <numerusform>%Ln файлов не сообщили размер.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free on this disk.</source>
        <translation>На диске свободно %1.</translation>
    </message>
    <message>
        <source>Not enough room: %1 free on this disk.</source>
        <translation>Не хватает места: на диске свободно %1.</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(запрошено %1)</translation>
    </message>
    <message>
        <source>Could not ask: %1</source>
        <translation>Не удалось запросить: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSpeedRow</name>
    <message>
        <source>Measure</source>
        <translation>Измерить</translation>
    </message>
    <message>
        <source>Runs both models for a few seconds on this computer: images per second when indexing (decoding the photos comes on top), the time of one search, and the memory they take</source>
        <translation>Запускает обе модели на несколько секунд на этом компьютере: изображений в секунду при индексировании (декодирование фотографий добавляется сверху), время одного поиска и занимаемая память</translation>
    </message>
    <message>
        <source>Its speed can be measured once its files are here.</source>
        <translation>Скорость можно будет измерить, когда его файлы будут на месте.</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; the computer is busy meanwhile)</source>
        <translation>Измерение… (несколько секунд; компьютер в это время занят)</translation>
    </message>
    <message>
        <source>On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).</source>
        <translation>На этом компьютере: %1 изобр./с, %2 мс на поиск, %3 памяти (измерено %4).</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Не удалось измерить: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message>
        <source>Each pair is evaluated in its own space: accuracy and recall compare directly; the cosine to the reference says how close each pair keeps a translation to the reference caption in its own space.</source>
        <translation>Каждая пара оценивается в своём собственном пространстве: точность и полноту можно сравнивать напрямую; косинус с эталоном показывает, насколько близко каждая пара держит перевод к эталонной подписи в своём пространстве.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>Точность %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Text→image R@1 %1</source>
        <translation>Текст→изображение R@1 %1</translation>
    </message>
    <message>
        <source>Cosine to reference %1</source>
        <translation>Косинус с эталоном %1</translation>
    </message>
    <message>
        <source>Top-k overlap %1</source>
        <translation>Пересечение top-k %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>эталон</translation>
    </message>
    <message>
        <source>The two pairs have no language in common on this set.</source>
        <translation>У двух пар нет общего языка в этом наборе.</translation>
    </message>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>Средняя точность по %Ln языку: %1 с %2, %3 с %4.</numerusform>
            <numerusform>Средняя точность по %Ln языкам: %1 с %2, %3 с %4.</numerusform>
            <numerusform>Средняя точность по %Ln языкам: %1 с %2, %3 с %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ahead in %2, %3 in %4, and they are even in %5.</source>
        <translation>%1 впереди в %2, %3 — в %4, вровень — в %5.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Просмотр фотографий</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 из %L2</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>Невозможно показать %1: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>←/→ browse · Z zoom · I details · F full screen · Esc back</source>
        <translation>←/→ листать · Z масштаб · I сведения · F полный экран · Esc назад</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PreviewPane</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>Открыть в приложении по умолчанию (Enter)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Open the folder that holds this photo</source>
        <translation>Открыть папку с этой фотографией</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>Копировать путь к файлу (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <source>Copy the picture itself</source>
        <translation>Копировать само изображение</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Найти похожие</translation>
    </message>
    <message>
        <source>Search for photos that look like this one</source>
        <translation>Искать фотографии, похожие на эту</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>Выберите фотографию, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Релевантность</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>Невозможно показать эту фотографию: %1</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Нет приложения, настроенного для открытия %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not there (unplugged or moved?).</source>
        <translation>Папки %1 нет на месте (отключена или перемещена?).</translation>
    </message>
    <message>
        <source>No file manager is set up to show %1.</source>
        <translation>Нет файлового менеджера, настроенного для показа %1.</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>Путь скопирован.</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>Изображение скопировано.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultDelegate</name>
    <message>
        <source>no preview</source>
        <translation>нет эскиза</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <source>%1
relevance %2</source>
        <translation>%1
релевантность %2</translation>
    </message>
    <message>
        <source>%1, relevance %2</source>
        <translation>%1, релевантность %2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language
(after a restart)</source>
        <translation>Язык
(после перезапуска)</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>расположение по умолчанию</translation>
    </message>
    <message>
        <source>Library folder
(after a restart)</source>
        <translation>Папка библиотеки
(после перезапуска)</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Папка моделей</translation>
    </message>
    <message>
        <source>CLIP weights (*.pt *.pth *.safetensors)</source>
        <translation>Веса CLIP (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <source>RN50x4.pt in the models folder</source>
        <translation>RN50x4.pt в папке моделей</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Модель изображений</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 in the models folder</source>
        <translation>M-BERT-Base-69 в папке моделей</translation>
    </message>
    <message>
        <source>Text model folder</source>
        <translation>Папка текстовой модели</translation>
    </message>
    <message>
        <source>Linear head (*.pkl)</source>
        <translation>Линейная голова (*.pkl)</translation>
    </message>
    <message>
        <source>found in the text model folder</source>
        <translation>находится в папке текстовой модели</translation>
    </message>
    <message>
        <source>Text head</source>
        <translation>Текстовая голова</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>все ядра (%1)</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>Вычислительные потоки</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Размер миниатюр</translation>
    </message>
    <message>
        <source>Fast indexing (approximate)</source>
        <translation>Быстрое индексирование (приближённое)</translation>
    </message>
    <message>
        <source>Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and the results differ slightly from the exact reference computation.</source>
        <translation>Декодирует фотографии JPEG в уменьшенном размере: индексирование примерно на 10 % быстрее, а результаты немного отличаются от точного эталонного вычисления.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Индексирование</translation>
    </message>
    <message>
        <source>Compact text model (half precision)</source>
        <translation>Компактная текстовая модель (половинная точность)</translation>
    </message>
    <message>
        <source>Keeps the text model in half precision: about 170 MB less memory and faster searches; scores differ from the exact computation by about 0.1 %.</source>
        <translation>Хранит текстовую модель в половинной точности: примерно на 170 МБ меньше памяти и более быстрый поиск; оценки отличаются от точного вычисления примерно на 0,1 %.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Read dates and places in queries</source>
        <translation>Распознавать даты и места в запросах</translation>
    </message>
    <message>
        <source>“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, and only “beach” goes to the text model. Off: every word is searched as text (words in quotation marks always are).</source>
        <translation>«пляж июль 2023» или «Strand in Italien» показывает только фотографии того времени или места, а в текстовую модель уходит только «пляж». Выключено: каждое слово ищется как текст (слова в кавычках — всегда).</translation>
    </message>
    <message>
        <source>Everything applies at once when you press OK (new model files or threads reload the models; searches wait a few seconds meanwhile), except the language and the library folder, which apply at the next start.</source>
        <translation>Всё применяется сразу после нажатия OK (новые файлы моделей или число потоков перезагружают модели; тем временем поиск ждёт несколько секунд), кроме языка и папки библиотеки: они применяются при следующем запуске.</translation>
    </message>
    <message>
        <source>Model files chosen one by one below.</source>
        <translation>Файлы моделей выбраны по отдельности ниже.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>Model pair</source>
        <translation>Пара моделей</translation>
    </message>
    <message>
        <source>%1 text model with the %2 image model, %3-dimensional.</source>
        <translation>Текстовая модель %1 с моделью изображений %2, размерность %3.</translation>
    </message>
    <message>
        <source>Published text-to-image recall@10 on XTD: English %1, German %2, Chinese %3, Japanese %4.</source>
        <translation>Опубликованный recall@10 «текст→изображение» на XTD: английский %1, немецкий %2, китайский %3, японский %4.</translation>
    </message>
    <message>
        <source>Its files are in the models folder.</source>
        <translation>Её файлы находятся в папке моделей.</translation>
    </message>
    <message>
        <source>Its files are not in the models folder yet (lingualens-cli models download --model-pair %1).</source>
        <translation>Её файлов ещё нет в папке моделей (lingualens-cli models download --model-pair %1).</translation>
    </message>
    <message>
        <source>A library holds the photos of one pair: a pair with another image model needs a library of its own.</source>
        <translation>Библиотека хранит фотографии одной пары: паре с другой моделью изображений нужна собственная библиотека.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>Trained on captions in %1 languages; others work through what the text model learned of them.</source>
        <translation>Обучена на подписях на %1 языках; остальные работают благодаря тому, что текстовая модель о них знает.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::UnderstoodChips</name>
    <message>
        <source>Only photos from:</source>
        <translation>Только фотографии из:</translation>
    </message>
    <message>
        <source>Understood from “%1”. Click to search without it.</source>
        <translation>Понято из «%1». Щёлкните, чтобы искать без этого условия.</translation>
    </message>
    <message>
        <source>Photos taken south of the equator: %1</source>
        <translation>Фотографии, снятые к югу от экватора: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library folder.</source>
        <translation>Папка библиотеки.</translation>
    </message>
    <message>
        <source>Folder with the model files.</source>
        <translation>Папка с файлами моделей.</translation>
    </message>
    <message>
        <source>CLIP RN50x4 weights.</source>
        <translation>Веса CLIP RN50x4.</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 folder.</source>
        <translation>Папка M-BERT-Base-69.</translation>
    </message>
    <message>
        <source>Text head .pkl.</source>
        <translation>Текстовая голова (.pkl).</translation>
    </message>
    <message>
        <source>Keep the text model in half precision (less memory).</source>
        <translation>Хранить текстовую модель в половинной точности (меньше памяти).</translation>
    </message>
    <message>
        <source>Run this query at start.</source>
        <translation>Выполнить этот запрос при запуске.</translation>
    </message>
    <message>
        <source>Open the translation evaluation with this set and run it.</source>
        <translation>Открыть оценку переводов с этим набором и запустить её.</translation>
    </message>
    <message>
        <source>Print the time from launch to the first timeline thumbnails shown (or, with --search, to the first search result), then quit.</source>
        <translation>Вывести время от запуска до появления первых миниатюр ленты (или, с --search, до первого результата поиска), затем выйти.</translation>
    </message>
    <message>
        <source>Search your photos by describing them, in any language.</source>
        <translation>Ищите свои фотографии, описывая их на любом языке.</translation>
    </message>
    <message>
        <source>Images to search by (opened from a file manager).</source>
        <translation>Изображения для поиска (открытые из файлового менеджера).</translation>
    </message>
</context>
</TS>
