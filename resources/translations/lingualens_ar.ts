<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 was not found.</source>
        <translation>لم يُعثر على %1.</translation>
    </message>
    <message>
        <source>Something needed was not found.</source>
        <translation>لم يُعثر على شيء مطلوب.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (permissions, a full disk or a removed drive?).</source>
        <translation>تعذّرت قراءة %1 أو الكتابة فيه (الأذونات، أم قرص ممتلئ، أم محرك أُزيل؟).</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 is damaged, or is not what its name says.</source>
        <translation>%1 تالف، أو ليس ما يدل عليه اسمه.</translation>
    </message>
    <message>
        <source>A file is damaged.</source>
        <translation>أحد الملفات تالف.</translation>
    </message>
    <message>
        <source>%1 is in a form LinguaLens cannot read.</source>
        <translation>%1 بصيغة لا يستطيع LinguaLens قراءتها.</translation>
    </message>
    <message>
        <source>This is in a form LinguaLens cannot read.</source>
        <translation>هذا بصيغة لا يستطيع LinguaLens قراءتها.</translation>
    </message>
    <message>
        <source>These model files do not belong together.</source>
        <translation>ملفات النماذج هذه لا تتوافق معًا.</translation>
    </message>
    <message>
        <source>%1 is too large to open safely.</source>
        <translation>%1 أكبر من أن يُفتح بأمان.</translation>
    </message>
    <message>
        <source>This is too large to open safely.</source>
        <translation>هذا أكبر من أن يُفتح بأمان.</translation>
    </message>
    <message>
        <source>Another program is working on this library; try again when it has finished.</source>
        <translation>برنامج آخر يعمل على هذه المكتبة؛ أعد المحاولة حين ينتهي.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>This cannot be done as asked.</source>
        <translation>لا يمكن تنفيذ هذا كما طُلب.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>لم تُعالَج أي صورة</numerusform>
            <numerusform>عولجت صورة واحدة</numerusform>
            <numerusform>عولجت صورتان</numerusform>
            <numerusform>عولجت %Ln صور</numerusform>
            <numerusform>عولجت %Ln صورة</numerusform>
            <numerusform>عولجت %Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform>؛ تعذّرت معالجة %Ln: </numerusform>
            <numerusform>؛ تعذّرت معالجة صورة واحدة: </numerusform>
            <numerusform>؛ تعذّرت معالجة صورتين: </numerusform>
            <numerusform>؛ تعذّرت معالجة %Ln صور: </numerusform>
            <numerusform>؛ تعذّرت معالجة %Ln صورة: </numerusform>
            <numerusform>؛ تعذّرت معالجة %Ln صورة: </numerusform>
        </translation>
    </message>
    <message>
        <source> (and more)</source>
        <translation> (وغيرها)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>الملف لم يعد موجودًا</translation>
    </message>
    <message>
        <source>there is no trash for this drive</source>
        <translation>لا توجد سلة مهملات لهذا القرص</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Search tips</source>
        <translation>نصائح البحث</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Describe the photo, in any of 69 languages&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;both: &lt;i&gt;beach +sunset&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;less of b: &lt;i&gt;beach -people&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weigh a part: &lt;i&gt;dog^2 +snow&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;an image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drop, paste (Ctrl+V) or choose a photo to find similar ones; with words, both count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;no words&lt;/b&gt;&lt;/td&gt;&lt;td&gt;every photo, newest first (the timeline)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The relevance slider shows more or fewer results; the folder and date filters narrow the search. Enter or double-click opens a photo, Space for a quick look, Esc goes back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;صِف الصورة بأي لغة من 69 لغة&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;كلاهما: &lt;i&gt;شاطئ +غروب&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;أقل من b: &lt;i&gt;شاطئ -ناس&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;إعطاء جزء وزنًا أكبر: &lt;i&gt;كلب^2 +ثلج&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;صورة&lt;/b&gt;&lt;/td&gt;&lt;td&gt;أفلِت صورة أو الصقها (Ctrl+V) أو اخترها للعثور على صور مشابهة؛ ومع الكلمات يُحتسب الاثنان معًا&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;بلا كلمات&lt;/b&gt;&lt;/td&gt;&lt;td&gt;كل الصور، الأحدث أولًا (الخط الزمني)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;يعرض شريط الصلة نتائج أكثر أو أقل؛ وتُضيّق مرشحات المجلد والتاريخ نطاق البحث. يفتح Enter أو النقر المزدوج الصورة، والمسافة لنظرة سريعة، وEsc للرجوع.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinguaLens</source>
        <translation>عن LinguaLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Search your photos by describing them in any of 69 languages. Everything runs on this computer; no photo or query leaves it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP M-BERT-Base-69 (text; MIT licence). In use:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Places&lt;/b&gt;: the offline gazetteer of populated places comes from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;ابحث في صورك بوصفها بأي لغة من 69 لغة. كل شيء يعمل على هذا الحاسوب؛ لا تغادره أي صورة ولا أي عبارة بحث.&lt;/p&gt;&lt;p&gt;&lt;b&gt;النماذج&lt;/b&gt;: OpenAI CLIP RN50x4 (للصور؛ رخصة MIT) وMultilingual-CLIP M-BERT-Base-69 (للنص؛ رخصة MIT). المستخدم حاليًا:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;بُني باستخدام&lt;/b&gt; Qt %3 (LGPL)، LibTorch (BSD)، FAISS (MIT)، OpenCV (Apache 2.0)، SQLite (ملكية عامة)، exiv2 (GPL)، libheif (LGPL)، ICU (رخصة Unicode)، Pango (LGPL)، CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;الأماكن&lt;/b&gt;: معجم الأماكن المأهولة المتاح دون اتصال مأخوذ من &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DownloadWorker</name>
    <message>
        <source>No connection to %1: this computer seems to be offline, or a firewall blocks it. Connect and press Download again (it continues where it stopped), or get the files elsewhere and choose them on disk (“Copy files I have…” or “Choose…”).</source>
        <translation>لا يوجد اتصال بـ %1: يبدو أن هذا الحاسوب غير متصل بالشبكة، أو أن جدار حماية يحجب الاتصال. اتصل ثم اضغط «تنزيل» مجددًا (يُستأنف من حيث توقف)، أو احصل على الملفات بطريقة أخرى واخترها من القرص («نسخ ملفات لديّ…» أو «اختيار…»).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>The download did not succeed: %1

You can try again (it continues where it stopped), or get the files elsewhere and choose them on disk.</source>
        <translation>لم ينجح التنزيل: %1

يمكنك المحاولة مجددًا (يُستأنف من حيث توقف)، أو الحصول على الملفات بطريقة أخرى واختيارها من القرص.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>موجود مسبقًا</translation>
    </message>
    <message>
        <source>downloaded from %1, verified</source>
        <translation>نُزّل من %1، وتم التحقق منه</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>النماذج جاهزة.</translation>
    </message>
    <message>
        <source>Download stopped. It will continue where it stopped next time.</source>
        <translation>توقف التنزيل. سيُستأنف من حيث توقف في المرة القادمة.</translation>
    </message>
    <message>
        <source>%1: placed as %2 (%3)</source>
        <translation>%1: وُضع باسم %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not used — %2</source>
        <translation>%1: غير مستخدم — %2</translation>
    </message>
    <message>
        <source>All model files are in place.</source>
        <translation>جميع ملفات النماذج في مكانها.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>ما زال ناقصًا: %1</translation>
    </message>
    <message>
        <source>The models do not fit on this disk: %1

Free some space, or choose a models folder on another disk (Settings), then press Download again.</source>
        <translation>لا يتسع هذا القرص للنماذج: %1

حرّر بعض المساحة، أو اختر مجلد نماذج على قرص آخر (الإعدادات)، ثم اضغط «تنزيل» مجددًا.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message>
        <source>identical files</source>
        <translation>ملفات متطابقة</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>الصورة نفسها</translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>لقطات متشابهة</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Similar shots: at least</source>
        <translation>لقطات متشابهة: تشابه لا يقل عن</translation>
    </message>
    <message>
        <source> % alike</source>
        <comment>how similar two photos look</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>How alike two photos must look to the image model (cosine of their embeddings).</source>
        <translation>مدى التشابه المطلوب بين صورتين في نظر نموذج الصور (جيب تمام التضمينين).</translation>
    </message>
    <message>
        <source>and taken within</source>
        <translation>والتُقطت خلال</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Keep this one (K)</source>
        <translation>الاحتفاظ بهذه (K)</translation>
    </message>
    <message>
        <source>Move the others to the trash</source>
        <translation>نقل البقية إلى المهملات</translation>
    </message>
    <message>
        <source>Move them to a folder…</source>
        <translation>نقلها إلى مجلد…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Move the others to…</source>
        <translation>نقل البقية إلى…</translation>
    </message>
    <message>
        <source>Looking for copies in the library…</source>
        <translation>جارٍ البحث عن نسخ في المكتبة…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · لا صور</numerusform>
            <numerusform>%1 · صورة واحدة</numerusform>
            <numerusform>%1 · صورتان</numerusform>
            <numerusform>%1 · %Ln صور</numerusform>
            <numerusform>%1 · %Ln صورة</numerusform>
            <numerusform>%1 · %Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates in the library.</source>
        <translation>لا توجد تكرارات في المكتبة.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>لا توجد مجموعات نسخ (%Ln).</numerusform>
            <numerusform>مجموعة نسخ واحدة. ←/→ للتنقل، وK للاحتفاظ بالصورة المحددة.</numerusform>
            <numerusform>مجموعتا نسخ. ←/→ للتنقل، وK للاحتفاظ بالصورة المحددة.</numerusform>
            <numerusform>%Ln مجموعات نسخ. ←/→ للتنقل، وK للاحتفاظ بالصورة المحددة.</numerusform>
            <numerusform>%Ln مجموعة نسخ. ←/→ للتنقل، وK للاحتفاظ بالصورة المحددة.</numerusform>
            <numerusform>%Ln مجموعة نسخ. ←/→ للتنقل، وK للاحتفاظ بالصورة المحددة.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ KEEP
%1</source>
        <translation>✔ احتفاظ
%1</translation>
    </message>
    <message>
        <source>kept: your choice</source>
        <translation>محتفظ بها: اختيارك</translation>
    </message>
    <message>
        <source>Group %L1 of %L2 — %3. %4</source>
        <translation>المجموعة %L1 من %L2 — %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>نقل %Ln أخرى إلى المهملات</numerusform>
            <numerusform>نقل الأخرى إلى المهملات</numerusform>
            <numerusform>نقل الأخريين إلى المهملات</numerusform>
            <numerusform>نقل %Ln أخرى إلى المهملات</numerusform>
            <numerusform>نقل %Ln أخرى إلى المهملات</numerusform>
            <numerusform>نقل %Ln أخرى إلى المهملات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>لم تُنقل أي صورة إلى المهملات (%Ln).</numerusform>
            <numerusform>نُقلت صورة واحدة إلى المهملات.</numerusform>
            <numerusform>نُقلت صورتان إلى المهملات.</numerusform>
            <numerusform>نُقلت %Ln صور إلى المهملات.</numerusform>
            <numerusform>نُقلت %Ln صورة إلى المهملات.</numerusform>
            <numerusform>نُقلت %Ln صورة إلى المهملات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>لم تُنقل أي صورة إلى %1 (%Ln).</numerusform>
            <numerusform>نُقلت صورة واحدة إلى %1.</numerusform>
            <numerusform>نُقلت صورتان إلى %1.</numerusform>
            <numerusform>نُقلت %Ln صور إلى %1.</numerusform>
            <numerusform>نُقلت %Ln صورة إلى %1.</numerusform>
            <numerusform>نُقلت %Ln صورة إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>لم تُستعد أي صورة (%Ln).</numerusform>
            <numerusform>استُعيدت صورة واحدة.</numerusform>
            <numerusform>استُعيدت صورتان.</numerusform>
            <numerusform>استُعيدت %Ln صور.</numerusform>
            <numerusform>استُعيدت %Ln صورة.</numerusform>
            <numerusform>استُعيدت %Ln صورة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::Engine</name>
    <message>
        <source>Loading the text model…</source>
        <translation>جارٍ تحميل نموذج النص…</translation>
    </message>
    <message>
        <source>Loading the image model…</source>
        <translation>جارٍ تحميل نموذج الصور…</translation>
    </message>
    <message>
        <source>the models are not loaded yet</source>
        <translation>لم تُحمَّل النماذج بعد</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>توقف التقييم.</translation>
    </message>
    <message>
        <source>“%1” is not a model pair</source>
        <translation>«%1» ليس زوج نماذج</translation>
    </message>
    <message>
        <source>the %1 models are not in the models folder (lingualens-cli models download --model-pair %1)</source>
        <translation>نماذج %1 ليست في مجلد النماذج (lingualens-cli models download --model-pair %1)</translation>
    </message>
    <message>
        <source>Loading the %1 models…</source>
        <translation>جارٍ تحميل نماذج %1…</translation>
    </message>
    <message>
        <source>Evaluating with %1…</source>
        <translation>جارٍ التقييم باستخدام %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ErrorListDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>ملفات تعذّرت قراءتها</translation>
    </message>
    <message>
        <source>These files were skipped. They stay listed until they are fixed or removed; the rest of the library is not affected.</source>
        <translation>تم تخطي هذه الملفات. تبقى في القائمة إلى أن تُصلَح أو تُزال؛ ولا يتأثر باقي المكتبة.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Try these files again (after installing a codec, or once a copy has finished)</source>
        <translation>إعادة محاولة هذه الملفات (بعد تثبيت برنامج ترميز، أو بعد انتهاء النسخ)</translation>
    </message>
    <message>
        <source>Could not show %1.</source>
        <translation>تعذّر عرض %1.</translation>
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
        <translation>%1 من أجزاء الكلمات غير معروفة للمفردات</translation>
    </message>
    <message>
        <source>words fall apart into %1 pieces each</source>
        <translation>تتفكك الكلمات إلى %1 أجزاء لكل منها</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>لا تعليقات أطول مما يقرؤه النموذج (%Ln)</numerusform>
            <numerusform>تعليق واحد أطول مما يقرؤه النموذج</numerusform>
            <numerusform>تعليقان أطول مما يقرؤه النموذج</numerusform>
            <numerusform>%Ln تعليقات أطول مما يقرؤه النموذج</numerusform>
            <numerusform>%Ln تعليقًا أطول مما يقرؤه النموذج</numerusform>
            <numerusform>%Ln تعليق أطول مما يقرؤه النموذج</numerusform>
        </translation>
    </message>
    <message>
        <source>known words (%1 pieces per word)</source>
        <translation>كلمات معروفة (%1 جزء لكل كلمة)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Evaluate translations — LinguaLens</source>
        <translation>تقييم الترجمات — LinguaLens</translation>
    </message>
    <message>
        <source>Open set…</source>
        <translation>فتح مجموعة…</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>حفظ المجموعة…</translation>
    </message>
    <message>
        <source>Images folder…</source>
        <translation>مجلد الصور…</translation>
    </message>
    <message>
        <source>Where this set&apos;s images are, when they are not next to the set file</source>
        <translation>مكان صور هذه المجموعة، إن لم تكن بجوار ملف المجموعة</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>إضافة لغة…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>إزالة الصف</translation>
    </message>
    <message>
        <source> Reference language: </source>
        <translation> اللغة المرجعية: </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Encode the images and every caption, then compare (F5)</source>
        <translation>ترميز الصور وكل التعليقات، ثم المقارنة (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Softmax over captions (%)</source>
        <translation>Softmax على التعليقات (%)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>جيب التمام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Text→image R@1</source>
        <translation>نص←صورة R@1</translation>
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
        <translation>صورة←نص R@1</translation>
    </message>
    <message>
        <source>Cosine to reference</source>
        <translation>جيب التمام مع المرجع</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>تداخل أفضل k</translation>
    </message>
    <message>
        <source>Unknown pieces</source>
        <translation>أجزاء غير معروفة</translation>
    </message>
    <message>
        <source>Pieces per word</source>
        <translation>أجزاء لكل كلمة</translation>
    </message>
    <message>
        <source>What the tokenizer shows</source>
        <translation>ما يُظهره المُجزّئ</translation>
    </message>
    <message>
        <source>Share of the captions&apos; word pieces the text model&apos;s vocabulary does not know ([UNK])</source>
        <translation>نسبة أجزاء كلمات التعليقات التي لا تعرفها مفردات نموذج النص ([UNK])</translation>
    </message>
    <message>
        <source>Word pieces per word: 1 means whole words; high means the words fall apart into letters. Hover a row to see each caption&apos;s pieces.</source>
        <translation>أجزاء الكلمة لكل كلمة: 1 يعني كلمات كاملة؛ والقيمة العالية تعني أن الكلمات تتفكك إلى حروف. مرّر المؤشر فوق صف لرؤية أجزاء كل تعليق.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>From selected row</source>
        <translation>من الصف المحدد</translation>
    </message>
    <message>
        <source>Take the captions of the row selected in the Captions tab</source>
        <translation>أخذ تعليقات الصف المحدد في تبويب «التعليقات»</translation>
    </message>
    <message>
        <source>top </source>
        <translation>أفضل </translation>
    </message>
    <message>
        <source>Compare in library</source>
        <translation>المقارنة في المكتبة</translation>
    </message>
    <message>
        <source>The first caption is the reference. Photos outlined in orange are not among the reference&apos;s top results: that is where a translation diverges.</source>
        <translation>التعليق الأول هو المرجع. الصور ذات الإطار البرتقالي ليست بين أفضل نتائج المرجع: هناك تحيد الترجمة عنه.</translation>
    </message>
    <message>
        <source>Library comparison</source>
        <translation>المقارنة في المكتبة</translation>
    </message>
    <message>
        <source>Give a caption and at least one translation.</source>
        <translation>أدخل تعليقًا وترجمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Waiting for the models…</source>
        <translation>في انتظار النماذج…</translation>
    </message>
    <message>
        <source>Untitled set</source>
        <translation>مجموعة بلا عنوان</translation>
    </message>
    <message>
        <source>Row %1: the image %2 does not exist.</source>
        <translation>الصف %1: الصورة %2 غير موجودة.</translation>
    </message>
    <message>
        <source>The set has no images yet: “Add images…”.</source>
        <translation>لا توجد صور في المجموعة بعد: «إضافة صور…».</translation>
    </message>
    <message>
        <source>Open a set first; then say where its images are.</source>
        <translation>افتح مجموعة أولًا، ثم حدّد مكان صورها.</translation>
    </message>
    <message>
        <source>Where are the images of this set?</source>
        <translation>أين صور هذه المجموعة؟</translation>
    </message>
    <message>
        <source>%1 — Evaluate translations</source>
        <translation>%1 — تقييم الترجمات</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>لا صور، اللغات: %1 (%Ln)</numerusform>
            <numerusform>صورة واحدة، اللغات: %1</numerusform>
            <numerusform>صورتان، اللغات: %1</numerusform>
            <numerusform>%Ln صور، اللغات: %1</numerusform>
            <numerusform>%Ln صورة، اللغات: %1</numerusform>
            <numerusform>%Ln صورة، اللغات: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform> — %Ln صورة غير موجودة: حدّد مكانها عبر «مجلد الصور…».</numerusform>
            <numerusform> — صورة واحدة غير موجودة: حدّد مكانها عبر «مجلد الصور…».</numerusform>
            <numerusform> — صورتان غير موجودتين: حدّد مكانهما عبر «مجلد الصور…».</numerusform>
            <numerusform> — %Ln صور غير موجودة: حدّد مكانها عبر «مجلد الصور…».</numerusform>
            <numerusform> — %Ln صورة غير موجودة: حدّد مكانها عبر «مجلد الصور…».</numerusform>
            <numerusform> — %Ln صورة غير موجودة: حدّد مكانها عبر «مجلد الصور…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>فتح مجموعة</translation>
    </message>
    <message>
        <source>This set cannot be opened:

%1</source>
        <translation>لا يمكن فتح هذه المجموعة:

%1</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>فتح مجموعة تقييم</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json *.tsv)</source>
        <translation>مجموعات التقييم (*.json *.tsv)</translation>
    </message>
    <message>
        <source>Save the evaluation set</source>
        <translation>حفظ مجموعة التقييم</translation>
    </message>
    <message>
        <source>Evaluation set (*.json)</source>
        <translation>مجموعة تقييم (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Save set</source>
        <translation>حفظ المجموعة</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>إضافة لغة</translation>
    </message>
    <message>
        <source>Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):</source>
        <translation>رمز اللغة (BCP-47، مثل «sv» و«el» و«kn» و«zh-Hans»):</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>«%1» ليس رمز لغة.</translation>
    </message>
    <message>
        <source>The models are still loading; try again in a moment.</source>
        <translation>ما زالت النماذج قيد التحميل؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>جارٍ ترميز %Ln صورة وتعليقاتها…</numerusform>
            <numerusform>جارٍ ترميز صورة واحدة وتعليقاتها…</numerusform>
            <numerusform>جارٍ ترميز صورتين وتعليقاتهما…</numerusform>
            <numerusform>جارٍ ترميز %Ln صور وتعليقاتها…</numerusform>
            <numerusform>جارٍ ترميز %Ln صورة وتعليقاتها…</numerusform>
            <numerusform>جارٍ ترميز %Ln صورة وتعليقاتها…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s: %2 image(s) encoded, %3 taken from the library</source>
        <translation>انتهى خلال %1 ث: رُمّزت %2 صورة، وأُخذت %3 من المكتبة</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 — الدقة %2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source> (top %1)</source>
        <translation> (أفضل %1)</translation>
    </message>
    <message>
        <source> (cut short)</source>
        <translation> (مقتطع)</translation>
    </message>
    <message>
        <source>softmax, %</source>
        <translation>softmax، %</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>جيب التمام</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (المرجع)</translation>
    </message>
    <message>
        <source>%1 — %2 shared</source>
        <translation>%1 — %2 مشتركة</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> المقارنة مع: </translation>
    </message>
    <message>
        <source>Run the same set with a second Multilingual-CLIP pair, each in its own space, and read the two side by side: which pair keeps your language&apos;s captions closest to the reference?</source>
        <translation>شغّل المجموعة نفسها بزوج Multilingual-CLIP ثانٍ، كلٌّ في فضائه الخاص، واقرأ الاثنين جنبًا إلى جنب: أيّ الزوجين يُبقي تعليقات لغتك أقرب إلى المرجع؟</translation>
    </message>
    <message>
        <source>Whose heatmap to show: the evaluated pair&apos;s or the compared one&apos;s</source>
        <translation>أيّ خريطة حرارية تُعرض: خريطة الزوج المُقيَّم أم الزوج المُقارَن</translation>
    </message>
    <message>
        <source>Pairs side by side</source>
        <translation>الأزواج جنبًا إلى جنب</translation>
    </message>
    <message>
        <source> Evaluated with: %1 </source>
        <translation> التقييم باستخدام: %1 </translation>
    </message>
    <message>
        <source>no second pair</source>
        <translation>بلا زوج ثانٍ</translation>
    </message>
    <message>
        <source>%1 (not downloaded)</source>
        <translation>%1 (غير منزَّل)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>مجلد التقرير</translation>
    </message>
    <message>
        <source>Save the results to share them: one HTML page with the photos, heatmaps and tables, a PNG heatmap and a CSV per language</source>
        <translation>احفظ النتائج لمشاركتها: صفحة HTML واحدة فيها الصور والخرائط الحرارية والجداول، وخريطة حرارية PNG وملف CSV لكل لغة</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>تعذّرت كتابة التقرير:

%1</translation>
    </message>
    <message>
        <source>Report written: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>كُتب التقرير: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message>
        <source>Best first</source>
        <translation>الأفضل أولًا</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>ترتيب الفرز</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <source>Show only photos at least this relevant. It starts where this query&apos;s good matches seem to end.</source>
        <translation>عرض الصور التي لا تقل صلتها عن هذا الحد فقط. يبدأ الشريط حيث يبدو أن التطابقات الجيدة لهذا البحث تنتهي.</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>كل المجلدات</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>التُقطت</translation>
    </message>
    <message>
        <source>Only photos taken between these dates (the camera&apos;s calendar)</source>
        <translation>الصور الملتقطة بين هذين التاريخين فقط (حسب تقويم الكاميرا)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Relevance applies to a search: type what you are looking for.</source>
        <translation>تنطبق الصلة على البحث: اكتب ما تبحث عنه.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>لا صور (%Ln)</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 من %L2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::HeatmapWidget</name>
    <message>
        <source>Run the evaluation to see the heatmap.</source>
        <translation>شغّل التقييم لرؤية الخريطة الحرارية.</translation>
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
        <translation>بلا امتداد</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · لا ملفات غير مدعومة (%Ln): %1</numerusform>
            <numerusform> · ملف واحد غير مدعوم: %1</numerusform>
            <numerusform> · ملفان غير مدعومين: %1</numerusform>
            <numerusform> · %Ln ملفات غير مدعومة: %1</numerusform>
            <numerusform> · %Ln ملفًا غير مدعوم: %1</numerusform>
            <numerusform> · %Ln ملف غير مدعوم: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Library up to date: %L1 new, %L2 changed, %L3 removed</source>
        <translation>المكتبة محدّثة: %L1 جديدة، %L2 متغيرة، %L3 مُزالة</translation>
    </message>
    <message>
        <source> (%1 images/s)</source>
        <translation> (%1 صورة/ث)</translation>
    </message>
    <message>
        <source> · %1 holds no photos</source>
        <translation> · لا يحتوي %1 على صور</translation>
    </message>
    <message>
        <source>Indexing stopped; everything finished so far is saved.</source>
        <translation>توقفت الفهرسة؛ كل ما اكتمل حتى الآن محفوظ.</translation>
    </message>
    <message>
        <source>Another program (probably lingualens-cli) is updating this library. Indexing will be possible when it has finished.</source>
        <translation>برنامج آخر (على الأرجح lingualens-cli) يحدّث هذه المكتبة. ستكون الفهرسة ممكنة عندما ينتهي.</translation>
    </message>
    <message>
        <source>Removed %1 from the library (the photos themselves are untouched).</source>
        <translation>أُزيل %1 من المكتبة (لم تُمسّ الصور نفسها).</translation>
    </message>
    <message>
        <source>%1 is now at %2; its photos are kept.</source>
        <translation>أصبح %1 الآن في %2؛ وصوره محفوظة.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Click a folder to see only its photos</source>
        <translation>انقر مجلدًا لرؤية صوره فقط</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>إعادة الفحص</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>تحديد المكان…</translation>
    </message>
    <message>
        <source>The selected folder is not connected: show where it is now (its photos are kept, nothing is indexed again)</source>
        <translation>المجلد المحدد غير متصل: حدّد مكانه الآن (صوره محفوظة، ولا يُعاد فهرسة شيء)</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (the photos stay on disk)</source>
        <translation>إزالة المجلد المحدد من المكتبة (تبقى الصور على القرص)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted photos now</source>
        <translation>البحث الآن عن الصور الجديدة والمتغيرة والمحذوفة</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>إزالة المجلد</translation>
    </message>
    <message>
        <source>Remove %1 from the library?

The photos themselves are not touched; only LinguaLens forgets them.</source>
        <translation>إزالة %1 من المكتبة؟

لن تُمسّ الصور نفسها؛ فقط LinguaLens سينساها.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>لا ملفات تعذّرت قراءتها (%Ln) — &lt;a href=&quot;#&quot;&gt;عرض&lt;/a&gt;</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد — &lt;a href=&quot;#&quot;&gt;عرض&lt;/a&gt;</numerusform>
            <numerusform>تعذّرت قراءة ملفين — &lt;a href=&quot;#&quot;&gt;عرض&lt;/a&gt;</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملفات — &lt;a href=&quot;#&quot;&gt;عرض&lt;/a&gt;</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملفًا — &lt;a href=&quot;#&quot;&gt;عرض&lt;/a&gt;</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملف — &lt;a href=&quot;#&quot;&gt;عرض&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>كل الصور</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (غير متصل)</translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
غير متصل: لا صور فيه (%Ln).</numerusform>
            <numerusform>%1
غير متصل: صورته الواحدة محفوظة ومخفية من النتائج حتى يعود القرص، أو استخدم «تحديد المكان…»</numerusform>
            <numerusform>%1
غير متصل: صورتاه محفوظتان ومخفيتان من النتائج حتى يعود القرص، أو استخدم «تحديد المكان…»</numerusform>
            <numerusform>%1
غير متصل: صوره الـ%Ln محفوظة ومخفية من النتائج حتى يعود القرص، أو استخدم «تحديد المكان…»</numerusform>
            <numerusform>%1
غير متصل: صوره الـ%Ln محفوظة ومخفية من النتائج حتى يعود القرص، أو استخدم «تحديد المكان…»</numerusform>
            <numerusform>%1
غير متصل: صوره الـ%Ln محفوظة ومخفية من النتائج حتى يعود القرص، أو استخدم «تحديد المكان…»</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet: “Add folder…”</source>
        <translation>لا توجد مجلدات بعد: «إضافة مجلد…»</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message>
        <source>%1 scored %2 in your last evaluation (%3 %4): results may be weak.</source>
        <translation>حصلت %1 على %2 في تقييمك الأخير (%3 %4): قد تكون النتائج ضعيفة.</translation>
    </message>
    <message>
        <source>LinguaLens</source>
        <translation>LinguaLens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>جارٍ تحميل النماذج…</translation>
    </message>
    <message>
        <source>Describe a photo in any language. Combine: “beach +sunset -people”. Drop or paste an image to find similar photos.</source>
        <translation>صِف صورة بأي لغة. اجمع: «شاطئ +غروب -ناس». أفلِت صورة أو الصقها للعثور على صور مشابهة.</translation>
    </message>
    <message>
        <source>Searching by example image; click to stop</source>
        <translation>بحث بصورة مثال؛ انقر للإيقاف</translation>
    </message>
    <message>
        <source>Search tips (F1)</source>
        <translation>نصائح البحث (F1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LinguaLens&lt;/h2&gt;&lt;p&gt;Add the folders that hold your photos. LinguaLens looks at every photo once (on this computer, nothing leaves it); then describe what you are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في LinguaLens&lt;/h2&gt;&lt;p&gt;أضف المجلدات التي تحتوي صورك. يطّلع LinguaLens على كل صورة مرة واحدة (على هذا الحاسوب، ولا يغادره شيء)؛ ثم صِف ما تبحث عنه بأي لغة — «Eisbär im Schnee»، «белая кошка»، «夕焼けの海».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>نسخ %Ln مسار</numerusform>
            <numerusform>نسخ المسار</numerusform>
            <numerusform>نسخ المسارين</numerusform>
            <numerusform>نسخ %Ln مسارات</numerusform>
            <numerusform>نسخ %Ln مسارًا</numerusform>
            <numerusform>نسخ %Ln مسار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>تصدير %Ln صورة إلى مجلد…</numerusform>
            <numerusform>تصدير الصورة إلى مجلد…</numerusform>
            <numerusform>تصدير الصورتين إلى مجلد…</numerusform>
            <numerusform>تصدير %Ln صور إلى مجلد…</numerusform>
            <numerusform>تصدير %Ln صورة إلى مجلد…</numerusform>
            <numerusform>تصدير %Ln صورة إلى مجلد…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>نقل %Ln صورة إلى المهملات</numerusform>
            <numerusform>نقل الصورة إلى المهملات</numerusform>
            <numerusform>نقل الصورتين إلى المهملات</numerusform>
            <numerusform>نقل %Ln صور إلى المهملات</numerusform>
            <numerusform>نقل %Ln صورة إلى المهملات</numerusform>
            <numerusform>نقل %Ln صورة إلى المهملات</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>فتح بالتطبيق الافتراضي</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>نسخ الصورة</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>تصدير إلى مجلد…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>نقل إلى المهملات</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>العثور على المشابه</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;المكتبة</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>إ&amp;ضافة مجلد…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Pause indexing</source>
        <translation>إ&amp;يقاف الفهرسة مؤقتًا</translation>
    </message>
    <message>
        <source>Paused — indexing waits until you resume</source>
        <translation>متوقفة مؤقتًا — تنتظر الفهرسة حتى تستأنفها</translation>
    </message>
    <message>
        <source>&amp;Resume indexing</source>
        <translation>ا&amp;ستئناف الفهرسة</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>جارٍ الاستئناف…</translation>
    </message>
    <message>
        <source>&amp;Stop indexing</source>
        <translation>إي&amp;قاف الفهرسة</translation>
    </message>
    <message>
        <source>Resume &amp;indexing</source>
        <translation>استئناف ال&amp;فهرسة</translation>
    </message>
    <message>
        <source>Search by &amp;image file…</source>
        <translation>البحث بملف &amp;صورة…</translation>
    </message>
    <message>
        <source>Find photos like…</source>
        <translation>العثور على صور مثل…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Search by pasted image</source>
        <translation>البحث بالصورة الملصقة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>لا تحتوي الحافظة على صورة.</translation>
    </message>
    <message>
        <source>&amp;Download models…</source>
        <translation>&amp;تنزيل النماذج…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>العثور على ال&amp;تكرارات…</translation>
    </message>
    <message>
        <source>&amp;Evaluate translations…</source>
        <translation>&amp;تقييم الترجمات…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;نصائح البحث</translation>
    </message>
    <message>
        <source>&amp;About LinguaLens</source>
        <translation>&amp;عن LinguaLens</translation>
    </message>
    <message>
        <source>The models could not be loaded</source>
        <translation>تعذّر تحميل النماذج</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>تعذّر تحميل النماذج</translation>
    </message>
    <message>
        <source>The models could not be loaded:
%1

Choose other files in Settings (Ctrl+,).</source>
        <translation>تعذّر تحميل النماذج:
%1

اختر ملفات أخرى في الإعدادات (Ctrl+,).</translation>
    </message>
    <message>
        <source>Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”</source>
        <translation>صِف صورة بأي لغة — «Eisbär im Schnee»، «белая кошка»</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>لا صور (%Ln)</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Models ready (%1 s)</source>
        <translation>النماذج جاهزة (%1 ث)</translation>
    </message>
    <message>
        <source>Waiting for the image model…</source>
        <translation>في انتظار نموذج الصور…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملّي ث</translation>
    </message>
    <message>
        <source>understanding the query %1 ms, searching %L2 photos %3 ms</source>
        <translation>فهم العبارة %1 ملّي ث، والبحث في %L2 صورة %3 ملّي ث</translation>
    </message>
    <message>
        <source>No photo from %1 matches. Click a filter&apos;s ✕ above to search without it.</source>
        <translation>لا توجد صورة من %1 مطابقة. انقر ✕ على أحد المرشحات أعلاه للبحث دونه.</translation>
    </message>
    <message>
        <source>No photos are indexed yet.</source>
        <translation>لم تُفهرس أي صور بعد.</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>لا توجد صور تطابق هذه المرشحات.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>ال&amp;مجلدات</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View photo</source>
        <translation>عرض ال&amp;صورة</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>Like: %1  ✕</source>
        <translation>مثل: %1  ✕</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>صورة ملصقة</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>صورة مُفلَتة</translation>
    </message>
    <message>
        <source>Drop an image file to find similar photos, or a folder to add it.</source>
        <translation>أفلِت ملف صورة للعثور على صور مشابهة، أو مجلدًا لإضافته.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>جارٍ البحث عن الصور…</translation>
    </message>
    <message>
        <source>Indexing %L1 of %L2</source>
        <translation>جارٍ فهرسة %L1 من %L2</translation>
    </message>
    <message>
        <source> · %1 photos/s</source>
        <translation> · %1 صورة/ث</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · بقيت %Ln ث</numerusform>
            <numerusform> · بقيت ثانية واحدة</numerusform>
            <numerusform> · بقيت ثانيتان</numerusform>
            <numerusform> · بقيت %Ln ثوانٍ</numerusform>
            <numerusform> · بقيت %Ln ثانية</numerusform>
            <numerusform> · بقيت %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · بقيت %Ln دقيقة</numerusform>
            <numerusform> · بقيت دقيقة واحدة</numerusform>
            <numerusform> · بقيت دقيقتان</numerusform>
            <numerusform> · بقيت %Ln دقائق</numerusform>
            <numerusform> · بقيت %Ln دقيقة</numerusform>
            <numerusform> · بقيت %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %L1 of %L2 done</source>
        <translation>متوقفة مؤقتًا — اكتمل %L1 من %L2</translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>توقفت الفهرسة؛ كل ما اكتمل حتى الآن محفوظ. لم تبقَ صور (%Ln).</numerusform>
            <numerusform>توقفت الفهرسة؛ كل ما اكتمل حتى الآن محفوظ. بقيت صورة واحدة — المكتبة ▸ استئناف الفهرسة.</numerusform>
            <numerusform>توقفت الفهرسة؛ كل ما اكتمل حتى الآن محفوظ. بقيت صورتان — المكتبة ▸ استئناف الفهرسة.</numerusform>
            <numerusform>توقفت الفهرسة؛ كل ما اكتمل حتى الآن محفوظ. بقيت %Ln صور — المكتبة ▸ استئناف الفهرسة.</numerusform>
            <numerusform>توقفت الفهرسة؛ كل ما اكتمل حتى الآن محفوظ. بقيت %Ln صورة — المكتبة ▸ استئناف الفهرسة.</numerusform>
            <numerusform>توقفت الفهرسة؛ كل ما اكتمل حتى الآن محفوظ. بقيت %Ln صورة — المكتبة ▸ استئناف الفهرسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>الفهرسة</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>أين %1 الآن؟</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>إضافة مجلد صور</translation>
    </message>
    <message>
        <source>Indexing starts when the models are loaded.</source>
        <translation>تبدأ الفهرسة عند تحميل النماذج.</translation>
    </message>
    <message>
        <source>Trying the files that could not be read again…</source>
        <translation>جارٍ إعادة محاولة الملفات التي تعذّرت قراءتها…</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>لم يُنسخ أي مسار (%Ln).</numerusform>
            <numerusform>نُسخ مسار واحد.</numerusform>
            <numerusform>نُسخ مساران.</numerusform>
            <numerusform>نُسخت %Ln مسارات.</numerusform>
            <numerusform>نُسخ %Ln مسارًا.</numerusform>
            <numerusform>نُسخ %Ln مسار.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>نسخ %Ln صورة إلى…</numerusform>
            <numerusform>نسخ الصورة إلى…</numerusform>
            <numerusform>نسخ الصورتين إلى…</numerusform>
            <numerusform>نسخ %Ln صور إلى…</numerusform>
            <numerusform>نسخ %Ln صورة إلى…</numerusform>
            <numerusform>نسخ %Ln صورة إلى…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>جارٍ نسخ %Ln صورة…</numerusform>
            <numerusform>جارٍ نسخ صورة واحدة…</numerusform>
            <numerusform>جارٍ نسخ صورتين…</numerusform>
            <numerusform>جارٍ نسخ %Ln صور…</numerusform>
            <numerusform>جارٍ نسخ %Ln صورة…</numerusform>
            <numerusform>جارٍ نسخ %Ln صورة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>لم تُنسخ أي صورة إلى %1 (%Ln).</numerusform>
            <numerusform>نُسخت صورة واحدة إلى %1.</numerusform>
            <numerusform>نُسخت صورتان إلى %1.</numerusform>
            <numerusform>نُسخت %Ln صور إلى %1.</numerusform>
            <numerusform>نُسخت %Ln صورة إلى %1.</numerusform>
            <numerusform>نُسخت %Ln صورة إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>نقل %Ln صورة إلى المهملات؟ يمكنك استعادتها من المهملات لاحقًا.</numerusform>
            <numerusform>نقل صورة واحدة إلى المهملات؟ يمكنك استعادتها من المهملات لاحقًا.</numerusform>
            <numerusform>نقل صورتين إلى المهملات؟ يمكنك استعادتهما من المهملات لاحقًا.</numerusform>
            <numerusform>نقل %Ln صور إلى المهملات؟ يمكنك استعادتها من المهملات لاحقًا.</numerusform>
            <numerusform>نقل %Ln صورة إلى المهملات؟ يمكنك استعادتها من المهملات لاحقًا.</numerusform>
            <numerusform>نقل %Ln صورة إلى المهملات؟ يمكنك استعادتها من المهملات لاحقًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>لم تُنقل أي صورة إلى المهملات (%Ln).</numerusform>
            <numerusform>نُقلت صورة واحدة إلى المهملات.</numerusform>
            <numerusform>نُقلت صورتان إلى المهملات.</numerusform>
            <numerusform>نُقلت %Ln صور إلى المهملات.</numerusform>
            <numerusform>نُقلت %Ln صورة إلى المهملات.</numerusform>
            <numerusform>نُقلت %Ln صورة إلى المهملات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the models</source>
        <translation>في انتظار النماذج</translation>
    </message>
    <message>
        <source>The models are needed before searching</source>
        <translation>النماذج مطلوبة قبل البحث</translation>
    </message>
    <message>
        <source>LinguaLens needs its two models before it can search or index. They are not in %1 yet.</source>
        <translation>يحتاج LinguaLens إلى نموذجيه قبل أن يتمكن من البحث أو الفهرسة. ليسا في %1 بعد.</translation>
    </message>
    <message>
        <source>The %1 models and their own library open at the next start.</source>
        <translation>ستُفتح نماذج %1 ومكتبتها الخاصة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>The library in %1 opens at the next start.</source>
        <translation>ستُفتح المكتبة الموجودة في %1 عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>الموقع الافتراضي</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ModelSetupDialog</name>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>غير قابل للاستخدام: %1</translation>
    </message>
    <message>
        <source>found, checked: %1</source>
        <translation>موجود، وتم التحقق منه: %1</translation>
    </message>
    <message>
        <source>LinguaLens needs its models</source>
        <translation>يحتاج LinguaLens إلى نماذجه</translation>
    </message>
    <message>
        <source>&lt;p&gt;LinguaLens understands photos and text with two models: OpenAI&apos;s CLIP image model &lt;b&gt;RN50x4&lt;/b&gt; (about 400 MB) and the Multilingual-CLIP text model &lt;b&gt;M-BERT-Base-69&lt;/b&gt; with its head (about 700 MB). Download them into &lt;b&gt;%1&lt;/b&gt; (each file is checked; an interrupted download continues where it stopped), or choose the files you have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يفهم LinguaLens الصور والنصوص بنموذجين: نموذج الصور &lt;b&gt;RN50x4&lt;/b&gt; من CLIP لشركة OpenAI (نحو 400 ميغابايت) ونموذج النص &lt;b&gt;M-BERT-Base-69&lt;/b&gt; من Multilingual-CLIP مع رأسه (نحو 700 ميغابايت). نزّلهما إلى &lt;b&gt;%1&lt;/b&gt; (يُتحقق من كل ملف؛ ويُستأنف التنزيل المنقطع من حيث توقف)، أو اختر الملفات التي لديك.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>ملف النموذج</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Image model (RN50x4.pt)</source>
        <translation>نموذج الصور (RN50x4.pt)</translation>
    </message>
    <message>
        <source>Text model (M-BERT-Base-69 folder)</source>
        <translation>نموذج النص (مجلد M-BERT-Base-69)</translation>
    </message>
    <message>
        <source>Text head (… Linear Weights.pkl)</source>
        <translation>رأس النص (… Linear Weights.pkl)</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>The M-BERT-Base-69 folder</source>
        <translation>مجلد M-BERT-Base-69</translation>
    </message>
    <message>
        <source>The image model</source>
        <translation>نموذج الصور</translation>
    </message>
    <message>
        <source>The text head</source>
        <translation>رأس النص</translation>
    </message>
    <message>
        <source>CLIP models (*.pt *.safetensors);;All files (*)</source>
        <translation>نماذج CLIP (*.pt *.safetensors);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Text heads (*.pkl);;All files (*)</source>
        <translation>رؤوس النص (*.pkl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Mirror (optional):</source>
        <translation>خادم مرآة (اختياري):</translation>
    </message>
    <message>
        <source>https://… a server with the same files, e.g. inside your network</source>
        <translation>https://… خادم يحمل الملفات نفسها، مثلًا داخل شبكتك</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Copy files I have…</source>
        <translation>نسخ ملفات لديّ…</translation>
    </message>
    <message>
        <source>Files from a USB stick, another computer or a browser download: they are checked and copied into the models folder</source>
        <translation>ملفات من ذاكرة USB أو حاسوب آخر أو تنزيل عبر المتصفح: يُتحقق منها وتُنسخ إلى مجلد النماذج</translation>
    </message>
    <message>
        <source>Use these files</source>
        <translation>استخدام هذه الملفات</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> من %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>، %1/ث</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>Choose the model files you have</source>
        <translation>اختر ملفات النماذج التي لديك</translation>
    </message>
    <message>
        <source>Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)</source>
        <translation>ملفات النماذج (*.pt *.safetensors *.bin *.pkl *.json *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking and copying…</source>
        <translation>جارٍ التحقق والنسخ…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>waiting (%1)</source>
        <translation>في الانتظار (%1)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 free on this disk)…</source>
        <translation>جارٍ تنزيل %1 (المساحة الحرة على هذا القرص %2)…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>جارٍ تنزيل %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message>
        <source>Ask size</source>
        <translation>الاستعلام عن الحجم</translation>
    </message>
    <message>
        <source>Asks the servers how large each of the pair&apos;s files is, without downloading them, and whether this disk has room</source>
        <translation>يسأل الخوادم عن حجم كل ملف من ملفات الزوج دون تنزيله، وعمّا إذا كان على هذا القرص متسع له</translation>
    </message>
    <message>
        <source>Download size: not asked yet.</source>
        <translation>حجم التنزيل: لم يُستعلم عنه بعد.</translation>
    </message>
    <message>
        <source>Asking the servers…</source>
        <translation>جارٍ سؤال الخوادم…</translation>
    </message>
    <message>
        <source>All its files are here: %1 on disk.</source>
        <translation>كل ملفاته موجودة هنا: %1 على القرص.</translation>
    </message>
    <message>
        <source>The servers did not say how large its files are (is this computer offline?).</source>
        <translation>لم تُخبر الخوادم بحجم ملفاته (هل هذا الحاسوب غير متصل؟).</translation>
    </message>
    <message>
        <source>Download: %1 in all, %2 still to fetch.</source>
        <translation>التنزيل: %1 إجمالًا، وما زال %2 للجلب.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>لم يذكر %Ln ملف حجمه.</numerusform>
            <numerusform>لم يذكر ملف واحد حجمه.</numerusform>
            <numerusform>لم يذكر ملفان حجمهما.</numerusform>
            <numerusform>لم تذكر %Ln ملفات حجمها.</numerusform>
            <numerusform>لم يذكر %Ln ملفًا حجمه.</numerusform>
            <numerusform>لم يذكر %Ln ملف حجمه.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free on this disk.</source>
        <translation>المساحة الحرة على هذا القرص %1.</translation>
    </message>
    <message>
        <source>Not enough room: %1 free on this disk.</source>
        <translation>لا توجد مساحة كافية: المساحة الحرة على هذا القرص %1.</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(استُعلم في %1)</translation>
    </message>
    <message>
        <source>Could not ask: %1</source>
        <translation>تعذّر الاستعلام: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSpeedRow</name>
    <message>
        <source>Measure</source>
        <translation>قياس</translation>
    </message>
    <message>
        <source>Runs both models for a few seconds on this computer: images per second when indexing (decoding the photos comes on top), the time of one search, and the memory they take</source>
        <translation>يشغّل النموذجين بضع ثوانٍ على هذا الحاسوب: عدد الصور في الثانية عند الفهرسة (يُضاف إليه فك ترميز الصور)، ومدة البحث الواحد، والذاكرة التي يشغلانها</translation>
    </message>
    <message>
        <source>Its speed can be measured once its files are here.</source>
        <translation>يمكن قياس سرعته عندما تصبح ملفاته هنا.</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; the computer is busy meanwhile)</source>
        <translation>جارٍ القياس… (بضع ثوانٍ؛ يكون الحاسوب مشغولًا في الأثناء)</translation>
    </message>
    <message>
        <source>On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).</source>
        <translation>على هذا الحاسوب: %1 صورة/ث، و%2 ملّي ث لكل بحث، و%3 في الذاكرة (قيس في %4).</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>تعذّر القياس: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message>
        <source>Each pair is evaluated in its own space: accuracy and recall compare directly; the cosine to the reference says how close each pair keeps a translation to the reference caption in its own space.</source>
        <translation>يُقيَّم كل زوج في فضائه الخاص: الدقة والاستدعاء قابلان للمقارنة مباشرة؛ أما جيب التمام مع المرجع فيبيّن مدى قرب الترجمة من التعليق المرجعي لدى كل زوج في فضائه الخاص.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>الدقة %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Text→image R@1 %1</source>
        <translation>نص←صورة R@1 %1</translation>
    </message>
    <message>
        <source>Cosine to reference %1</source>
        <translation>جيب التمام مع المرجع %1</translation>
    </message>
    <message>
        <source>Top-k overlap %1</source>
        <translation>تداخل أفضل k %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>The two pairs have no language in common on this set.</source>
        <translation>لا توجد لغة مشتركة بين الزوجين في هذه المجموعة.</translation>
    </message>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>متوسط الدقة على %Ln لغة: %1 مع %2، و%3 مع %4.</numerusform>
            <numerusform>متوسط الدقة على لغة واحدة: %1 مع %2، و%3 مع %4.</numerusform>
            <numerusform>متوسط الدقة على لغتين: %1 مع %2، و%3 مع %4.</numerusform>
            <numerusform>متوسط الدقة على %Ln لغات: %1 مع %2، و%3 مع %4.</numerusform>
            <numerusform>متوسط الدقة على %Ln لغة: %1 مع %2، و%3 مع %4.</numerusform>
            <numerusform>متوسط الدقة على %Ln لغة: %1 مع %2، و%3 مع %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ahead in %2, %3 in %4, and they are even in %5.</source>
        <translation>يتقدّم %1 في %2، و%3 في %4، ويتعادلان في %5.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>عارض الصور</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 من %L2</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>لا يمكن عرض %1: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>←/→ browse · Z zoom · I details · F full screen · Esc back</source>
        <translation>←/→ تصفح · Z تكبير · I التفاصيل · F ملء الشاشة · Esc رجوع</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PreviewPane</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>فتح بالتطبيق الافتراضي (Enter)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Open the folder that holds this photo</source>
        <translation>فتح المجلد الذي يحتوي هذه الصورة</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>نسخ مسار الملف (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>نسخ الصورة</translation>
    </message>
    <message>
        <source>Copy the picture itself</source>
        <translation>نسخ الصورة نفسها</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>العثور على المشابه</translation>
    </message>
    <message>
        <source>Search for photos that look like this one</source>
        <translation>البحث عن صور تشبه هذه الصورة</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>حدّد صورة لرؤيتها هنا.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>البكسلات</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>التُقطت</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>لا يمكن عرض هذه الصورة: %1</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>لا يوجد تطبيق مُعدّ لفتح %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not there (unplugged or moved?).</source>
        <translation>المجلد %1 غير موجود (هل فُصل أو نُقل؟).</translation>
    </message>
    <message>
        <source>No file manager is set up to show %1.</source>
        <translation>لا يوجد مدير ملفات مُعدّ لإظهار %1.</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>نُسخ المسار.</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>نُسخت الصورة.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultDelegate</name>
    <message>
        <source>no preview</source>
        <translation>لا معاينة</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>%1
relevance %2</source>
        <translation>%1
الصلة %2</translation>
    </message>
    <message>
        <source>%1, relevance %2</source>
        <translation>%1، الصلة %2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language
(after a restart)</source>
        <translation>اللغة
(بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>الموقع الافتراضي</translation>
    </message>
    <message>
        <source>Library folder
(after a restart)</source>
        <translation>مجلد المكتبة
(بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>مجلد النماذج</translation>
    </message>
    <message>
        <source>CLIP weights (*.pt *.pth *.safetensors)</source>
        <translation>أوزان CLIP (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <source>RN50x4.pt in the models folder</source>
        <translation>RN50x4.pt في مجلد النماذج</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>نموذج الصور</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 in the models folder</source>
        <translation>M-BERT-Base-69 في مجلد النماذج</translation>
    </message>
    <message>
        <source>Text model folder</source>
        <translation>مجلد نموذج النص</translation>
    </message>
    <message>
        <source>Linear head (*.pkl)</source>
        <translation>رأس خطي (*.pkl)</translation>
    </message>
    <message>
        <source>found in the text model folder</source>
        <translation>يُعثر عليه في مجلد نموذج النص</translation>
    </message>
    <message>
        <source>Text head</source>
        <translation>رأس النص</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>كل الأنوية (%1)</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>خيوط الحساب</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>حجم الصور المصغرة</translation>
    </message>
    <message>
        <source>Fast indexing (approximate)</source>
        <translation>فهرسة سريعة (تقريبية)</translation>
    </message>
    <message>
        <source>Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and the results differ slightly from the exact reference computation.</source>
        <translation>يفك ترميز صور JPEG بحجم مصغّر: الفهرسة أسرع بنحو 10 %، وتختلف النتائج قليلًا عن الحساب المرجعي الدقيق.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>الفهرسة</translation>
    </message>
    <message>
        <source>Compact text model (half precision)</source>
        <translation>نموذج نص مضغوط (نصف الدقة)</translation>
    </message>
    <message>
        <source>Keeps the text model in half precision: about 170 MB less memory and faster searches; scores differ from the exact computation by about 0.1 %.</source>
        <translation>يحتفظ بنموذج النص بنصف الدقة: ذاكرة أقل بنحو 170 ميغابايت وبحث أسرع؛ وتختلف الدرجات عن الحساب الدقيق بنحو 0.1 %.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Read dates and places in queries</source>
        <translation>قراءة التواريخ والأماكن في عبارات البحث</translation>
    </message>
    <message>
        <source>“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, and only “beach” goes to the text model. Off: every word is searched as text (words in quotation marks always are).</source>
        <translation>«شاطئ يوليو 2023» أو «Strand in Italien» تعرض صور ذلك الوقت أو المكان فقط، ولا يذهب إلى نموذج النص إلا «شاطئ». عند الإيقاف: يُبحث عن كل كلمة كنص (والكلمات بين علامتي تنصيص دائمًا).</translation>
    </message>
    <message>
        <source>Everything applies at once when you press OK (new model files or threads reload the models; searches wait a few seconds meanwhile), except the language and the library folder, which apply at the next start.</source>
        <translation>يُطبَّق كل شيء فور الضغط على «موافق» (ملفات النماذج الجديدة أو عدد الخيوط يعيد تحميل النماذج؛ وتنتظر عمليات البحث بضع ثوانٍ في الأثناء)، باستثناء اللغة ومجلد المكتبة، فيُطبَّقان عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Model files chosen one by one below.</source>
        <translation>ملفات النماذج مختارة واحدًا واحدًا أدناه.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (افتراضي)</translation>
    </message>
    <message>
        <source>Model pair</source>
        <translation>زوج النماذج</translation>
    </message>
    <message>
        <source>%1 text model with the %2 image model, %3-dimensional.</source>
        <translation>نموذج النص %1 مع نموذج الصور %2، بعدد أبعاد %3.</translation>
    </message>
    <message>
        <source>Published text-to-image recall@10 on XTD: English %1, German %2, Chinese %3, Japanese %4.</source>
        <translation>قيمة recall@10 المنشورة للبحث من النص إلى الصورة على XTD: الإنجليزية %1، الألمانية %2، الصينية %3، اليابانية %4.</translation>
    </message>
    <message>
        <source>Its files are in the models folder.</source>
        <translation>ملفاته في مجلد النماذج.</translation>
    </message>
    <message>
        <source>Its files are not in the models folder yet (lingualens-cli models download --model-pair %1).</source>
        <translation>ملفاته ليست في مجلد النماذج بعد (lingualens-cli models download --model-pair %1).</translation>
    </message>
    <message>
        <source>A library holds the photos of one pair: a pair with another image model needs a library of its own.</source>
        <translation>تحمل المكتبة صور زوج واحد: الزوج ذو نموذج الصور المختلف يحتاج إلى مكتبة خاصة به.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>اختيار مجلد</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <source>Trained on captions in %1 languages; others work through what the text model learned of them.</source>
        <translation>دُرّب على تعليقات بـ %1 لغة؛ وتعمل اللغات الأخرى بما تعلّمه نموذج النص عنها.</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::UnderstoodChips</name>
    <message>
        <source>Only photos from:</source>
        <translation>الصور فقط من:</translation>
    </message>
    <message>
        <source>Understood from “%1”. Click to search without it.</source>
        <translation>مفهوم من «%1». انقر للبحث دونه.</translation>
    </message>
    <message>
        <source>Photos taken south of the equator: %1</source>
        <translation>الصور الملتقطة جنوب خط الاستواء: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library folder.</source>
        <translation>مجلد المكتبة.</translation>
    </message>
    <message>
        <source>Folder with the model files.</source>
        <translation>المجلد الذي يحتوي ملفات النماذج.</translation>
    </message>
    <message>
        <source>CLIP RN50x4 weights.</source>
        <translation>أوزان CLIP RN50x4.</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 folder.</source>
        <translation>مجلد M-BERT-Base-69.</translation>
    </message>
    <message>
        <source>Text head .pkl.</source>
        <translation>ملف .pkl لرأس النص.</translation>
    </message>
    <message>
        <source>Keep the text model in half precision (less memory).</source>
        <translation>الاحتفاظ بنموذج النص بنصف الدقة (ذاكرة أقل).</translation>
    </message>
    <message>
        <source>Run this query at start.</source>
        <translation>تشغيل هذا البحث عند البدء.</translation>
    </message>
    <message>
        <source>Open the translation evaluation with this set and run it.</source>
        <translation>فتح تقييم الترجمات بهذه المجموعة وتشغيله.</translation>
    </message>
    <message>
        <source>Print the time from launch to the first timeline thumbnails shown (or, with --search, to the first search result), then quit.</source>
        <translation>طباعة الوقت من التشغيل حتى ظهور أول الصور المصغرة في الخط الزمني (أو، مع --search، حتى أول نتيجة بحث)، ثم الخروج.</translation>
    </message>
    <message>
        <source>Search your photos by describing them, in any language.</source>
        <translation>ابحث في صورك بوصفها، بأي لغة.</translation>
    </message>
    <message>
        <source>Images to search by (opened from a file manager).</source>
        <translation>صور للبحث بها (مفتوحة من مدير ملفات).</translation>
    </message>
</context>
</TS>
