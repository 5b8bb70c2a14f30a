<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 was not found.</source>
        <translation>找不到 %1。</translation>
    </message>
    <message>
        <source>Something needed was not found.</source>
        <translation>找不到所需的内容。</translation>
    </message>
    <message>
        <source>%1 could not be read or written (permissions, a full disk or a removed drive?).</source>
        <translation>无法读取或写入 %1（权限问题、磁盘已满，还是驱动器已移除？）。</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>无法读取或写入某个文件。</translation>
    </message>
    <message>
        <source>%1 is damaged, or is not what its name says.</source>
        <translation>%1 已损坏，或与其名称所示的类型不符。</translation>
    </message>
    <message>
        <source>A file is damaged.</source>
        <translation>某个文件已损坏。</translation>
    </message>
    <message>
        <source>%1 is in a form LinguaLens cannot read.</source>
        <translation>%1 的格式 LinguaLens 无法读取。</translation>
    </message>
    <message>
        <source>This is in a form LinguaLens cannot read.</source>
        <translation>此内容的格式 LinguaLens 无法读取。</translation>
    </message>
    <message>
        <source>These model files do not belong together.</source>
        <translation>这些模型文件不能搭配使用。</translation>
    </message>
    <message>
        <source>%1 is too large to open safely.</source>
        <translation>%1 太大，无法安全打开。</translation>
    </message>
    <message>
        <source>This is too large to open safely.</source>
        <translation>此内容太大，无法安全打开。</translation>
    </message>
    <message>
        <source>Another program is working on this library; try again when it has finished.</source>
        <translation>另一个程序正在处理此库；请在它完成后重试。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>This cannot be done as asked.</source>
        <translation>无法按要求完成此操作。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>已处理 %Ln 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform>；%Ln 张无法处理：</numerusform>
        </translation>
    </message>
    <message>
        <source> (and more)</source>
        <translation>（及其他）</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>文件已不在原处</translation>
    </message>
    <message>
        <source>there is no trash for this drive</source>
        <translation>此驱动器没有回收站</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Search tips</source>
        <translation>搜索技巧</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Describe the photo, in any of 69 languages&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;both: &lt;i&gt;beach +sunset&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;less of b: &lt;i&gt;beach -people&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weigh a part: &lt;i&gt;dog^2 +snow&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;an image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drop, paste (Ctrl+V) or choose a photo to find similar ones; with words, both count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;no words&lt;/b&gt;&lt;/td&gt;&lt;td&gt;every photo, newest first (the timeline)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The relevance slider shows more or fewer results; the folder and date filters narrow the search. Enter or double-click opens a photo, Space for a quick look, Esc goes back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;用 69 种语言中的任意一种描述照片&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;两者兼有：&lt;i&gt;海滩 +日落&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;减少 b：&lt;i&gt;海滩 -人&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;加重某一部分：&lt;i&gt;狗^2 +雪&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;一张图片&lt;/b&gt;&lt;/td&gt;&lt;td&gt;拖放、粘贴（Ctrl+V）或选择一张照片来查找相似的照片；与文字一起使用时两者都会计入&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;不输入文字&lt;/b&gt;&lt;/td&gt;&lt;td&gt;所有照片，最新的在前（时间线）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;相关度滑块可显示更多或更少的结果；文件夹和日期筛选可缩小搜索范围。按 Enter 或双击打开照片，按空格键快速预览，按 Esc 返回。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinguaLens</source>
        <translation>关于 LinguaLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Search your photos by describing them in any of 69 languages. Everything runs on this computer; no photo or query leaves it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP M-BERT-Base-69 (text; MIT licence). In use:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Places&lt;/b&gt;: the offline gazetteer of populated places comes from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;用 69 种语言中的任意一种描述照片，即可找到它。一切都在这台电脑上运行；照片和搜索内容都不会离开它。&lt;/p&gt;&lt;p&gt;&lt;b&gt;模型&lt;/b&gt;：OpenAI CLIP RN50x4（图像；MIT 许可证）和 Multilingual-CLIP M-BERT-Base-69（文本；MIT 许可证）。正在使用：&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;构建所用&lt;/b&gt; Qt %3（LGPL）、LibTorch（BSD）、FAISS（MIT）、OpenCV（Apache 2.0）、SQLite（公有领域）、exiv2（GPL）、libheif（LGPL）、ICU（Unicode 许可证）、Pango（LGPL）、CLD2（Apache 2.0）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;地点&lt;/b&gt;：离线的居民点地名库来自 &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;（CC BY 4.0）。&lt;/p&gt;</translation>
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
        <translation>无法连接到 %1：这台电脑似乎处于离线状态，或被防火墙阻止。请连接网络后再次点击“下载”（会从中断处继续），或通过其他途径获取文件并在磁盘上选择它们（“复制我已有的文件…”或“选择…”）。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>The download did not succeed: %1

You can try again (it continues where it stopped), or get the files elsewhere and choose them on disk.</source>
        <translation>下载失败：%1

你可以重试（会从中断处继续），或通过其他途径获取文件并在磁盘上选择它们。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>downloaded from %1, verified</source>
        <translation>已从 %1 下载并校验</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>模型已就绪。</translation>
    </message>
    <message>
        <source>Download stopped. It will continue where it stopped next time.</source>
        <translation>下载已停止。下次会从中断处继续。</translation>
    </message>
    <message>
        <source>%1: placed as %2 (%3)</source>
        <translation>%1：已放置为 %2（%3）</translation>
    </message>
    <message>
        <source>%1: not used — %2</source>
        <translation>%1：未使用——%2</translation>
    </message>
    <message>
        <source>All model files are in place.</source>
        <translation>所有模型文件均已就位。</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>仍缺少：%1</translation>
    </message>
    <message>
        <source>The models do not fit on this disk: %1

Free some space, or choose a models folder on another disk (Settings), then press Download again.</source>
        <translation>此磁盘放不下这些模型：%1

请释放一些空间，或在设置中选择另一磁盘上的模型文件夹，然后再次点击“下载”。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message>
        <source>identical files</source>
        <translation>完全相同的文件</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>同一张照片</translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>相似的照片</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Similar shots: at least</source>
        <translation>相似照片：相似度至少</translation>
    </message>
    <message>
        <source> % alike</source>
        <comment>how similar two photos look</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>How alike two photos must look to the image model (cosine of their embeddings).</source>
        <translation>对图像模型而言两张照片需要有多相似（其嵌入向量的余弦）。</translation>
    </message>
    <message>
        <source>and taken within</source>
        <translation>且拍摄时间相差不超过</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Keep this one (K)</source>
        <translation>保留这张（K）</translation>
    </message>
    <message>
        <source>Move the others to the trash</source>
        <translation>将其余的移到回收站</translation>
    </message>
    <message>
        <source>Move them to a folder…</source>
        <translation>将它们移到文件夹…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Move the others to…</source>
        <translation>将其余的移到…</translation>
    </message>
    <message>
        <source>Looking for copies in the library…</source>
        <translation>正在库中查找副本…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %Ln 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates in the library.</source>
        <translation>库中没有重复项。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>%Ln 组副本。←/→ 逐个浏览，K 保留所选照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ KEEP
%1</source>
        <translation>✔ 保留
%1</translation>
    </message>
    <message>
        <source>kept: your choice</source>
        <translation>已保留：你的选择</translation>
    </message>
    <message>
        <source>Group %L1 of %L2 — %3. %4</source>
        <translation>第 %L1 组，共 %L2 组——%3。%4</translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>将其余 %Ln 张移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>已将 %Ln 张照片移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>已将 %Ln 张照片移到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>已恢复 %Ln 张照片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::Engine</name>
    <message>
        <source>Loading the text model…</source>
        <translation>正在加载文本模型…</translation>
    </message>
    <message>
        <source>Loading the image model…</source>
        <translation>正在加载图像模型…</translation>
    </message>
    <message>
        <source>the models are not loaded yet</source>
        <translation>模型尚未加载</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>评估已停止。</translation>
    </message>
    <message>
        <source>“%1” is not a model pair</source>
        <translation>“%1”不是模型组合</translation>
    </message>
    <message>
        <source>the %1 models are not in the models folder (lingualens-cli models download --model-pair %1)</source>
        <translation>模型文件夹中没有 %1 的模型（lingualens-cli models download --model-pair %1）</translation>
    </message>
    <message>
        <source>Loading the %1 models…</source>
        <translation>正在加载 %1 的模型…</translation>
    </message>
    <message>
        <source>Evaluating with %1…</source>
        <translation>正在用 %1 评估…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ErrorListDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <source>These files were skipped. They stay listed until they are fixed or removed; the rest of the library is not affected.</source>
        <translation>这些文件已被跳过。在修复或删除之前它们会一直列在这里；库中的其他内容不受影响。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try these files again (after installing a codec, or once a copy has finished)</source>
        <translation>重新尝试这些文件（安装解码器后，或复制完成后）</translation>
    </message>
    <message>
        <source>Could not show %1.</source>
        <translation>无法显示 %1。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::EvalWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of the word pieces are unknown to the vocabulary</source>
        <translation>%1 的词片不在词表中</translation>
    </message>
    <message>
        <source>words fall apart into %1 pieces each</source>
        <translation>每个词被拆成 %1 个词片</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>%Ln 条说明超出模型可读取的长度</numerusform>
        </translation>
    </message>
    <message>
        <source>known words (%1 pieces per word)</source>
        <translation>已知词（每词 %1 个词片）</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Evaluate translations — LinguaLens</source>
        <translation>评估翻译 — LinguaLens</translation>
    </message>
    <message>
        <source>Open set…</source>
        <translation>打开数据集…</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>保存数据集…</translation>
    </message>
    <message>
        <source>Images folder…</source>
        <translation>图片文件夹…</translation>
    </message>
    <message>
        <source>Where this set&apos;s images are, when they are not next to the set file</source>
        <translation>当图片不在数据集文件旁边时，它们所在的位置</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>添加语言…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source> Reference language: </source>
        <translation> 参考语言：</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Encode the images and every caption, then compare (F5)</source>
        <translation>编码图片和每条说明，然后进行对比（F5）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Softmax over captions (%)</source>
        <translation>说明文字上的 Softmax（%）</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Text→image R@1</source>
        <translation>文本→图片 R@1</translation>
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
        <translation>图片→文本 R@1</translation>
    </message>
    <message>
        <source>Cosine to reference</source>
        <translation>与参考的余弦</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>Top-k 重合度</translation>
    </message>
    <message>
        <source>Unknown pieces</source>
        <translation>未知词片</translation>
    </message>
    <message>
        <source>Pieces per word</source>
        <translation>每词词片数</translation>
    </message>
    <message>
        <source>What the tokenizer shows</source>
        <translation>分词器显示的内容</translation>
    </message>
    <message>
        <source>Share of the captions&apos; word pieces the text model&apos;s vocabulary does not know ([UNK])</source>
        <translation>说明文字的词片中文本模型词表不认识的比例（[UNK]）</translation>
    </message>
    <message>
        <source>Word pieces per word: 1 means whole words; high means the words fall apart into letters. Hover a row to see each caption&apos;s pieces.</source>
        <translation>每词词片数：1 表示完整的词；数值高表示词被拆成了单个字母。将鼠标悬停在某一行上可查看每条说明的词片。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>添加说明</translation>
    </message>
    <message>
        <source>From selected row</source>
        <translation>来自所选行</translation>
    </message>
    <message>
        <source>Take the captions of the row selected in the Captions tab</source>
        <translation>采用“说明文字”标签页中所选行的说明</translation>
    </message>
    <message>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>Compare in library</source>
        <translation>在库中对比</translation>
    </message>
    <message>
        <source>The first caption is the reference. Photos outlined in orange are not among the reference&apos;s top results: that is where a translation diverges.</source>
        <translation>第一条说明是参考。带橙色边框的照片不在参考的最佳结果之中：这正是翻译出现偏差的地方。</translation>
    </message>
    <message>
        <source>Library comparison</source>
        <translation>库中对比</translation>
    </message>
    <message>
        <source>Give a caption and at least one translation.</source>
        <translation>请输入一条说明和至少一条翻译。</translation>
    </message>
    <message>
        <source>Waiting for the models…</source>
        <translation>正在等待模型…</translation>
    </message>
    <message>
        <source>Untitled set</source>
        <translation>未命名数据集</translation>
    </message>
    <message>
        <source>Row %1: the image %2 does not exist.</source>
        <translation>第 %1 行：图片 %2 不存在。</translation>
    </message>
    <message>
        <source>The set has no images yet: “Add images…”.</source>
        <translation>数据集中还没有图片：“添加图片…”。</translation>
    </message>
    <message>
        <source>Open a set first; then say where its images are.</source>
        <translation>请先打开一个数据集，然后指明其图片所在的位置。</translation>
    </message>
    <message>
        <source>Where are the images of this set?</source>
        <translation>这个数据集的图片在哪里？</translation>
    </message>
    <message>
        <source>%1 — Evaluate translations</source>
        <translation>%1 — 评估翻译</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>%Ln 张图片，语言：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform>——找不到 %Ln 张图片：请用“图片文件夹…”指明它们的位置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>This set cannot be opened:

%1</source>
        <translation>无法打开此数据集：

%1</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>打开评估数据集</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json *.tsv)</source>
        <translation>评估数据集 (*.json *.tsv)</translation>
    </message>
    <message>
        <source>Save the evaluation set</source>
        <translation>保存评估数据集</translation>
    </message>
    <message>
        <source>Evaluation set (*.json)</source>
        <translation>评估数据集 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save set</source>
        <translation>保存数据集</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>添加语言</translation>
    </message>
    <message>
        <source>Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):</source>
        <translation>语言代码（BCP-47，例如“sv”“el”“kn”“zh-Hans”）：</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>“%1”不是语言代码。</translation>
    </message>
    <message>
        <source>The models are still loading; try again in a moment.</source>
        <translation>模型仍在加载中，请稍后再试。</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>正在编码 %Ln 张图片及其说明…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s: %2 image(s) encoded, %3 taken from the library</source>
        <translation>用时 %1 秒完成：编码了 %2 张图片，%3 张取自库中</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 — 准确率 %2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source> (top %1)</source>
        <translation>（前 %1）</translation>
    </message>
    <message>
        <source> (cut short)</source>
        <translation>（已截断）</translation>
    </message>
    <message>
        <source>softmax, %</source>
        <translation>softmax，%</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1（参考）</translation>
    </message>
    <message>
        <source>%1 — %2 shared</source>
        <translation>%1 — 共有 %2</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> 对比：</translation>
    </message>
    <message>
        <source>Run the same set with a second Multilingual-CLIP pair, each in its own space, and read the two side by side: which pair keeps your language&apos;s captions closest to the reference?</source>
        <translation>用第二个 Multilingual-CLIP 模型组合运行同一数据集（各自在自己的空间中），并排对照：哪个组合让您的语言的说明文字最接近参考？</translation>
    </message>
    <message>
        <source>Whose heatmap to show: the evaluated pair&apos;s or the compared one&apos;s</source>
        <translation>显示哪个组合的热图：被评估的组合或用于对比的组合</translation>
    </message>
    <message>
        <source>Pairs side by side</source>
        <translation>组合并排对照</translation>
    </message>
    <message>
        <source> Evaluated with: %1 </source>
        <translation> 评估所用：%1 </translation>
    </message>
    <message>
        <source>no second pair</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>%1 (not downloaded)</source>
        <translation>%1（未下载）</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>报告所在文件夹</translation>
    </message>
    <message>
        <source>Save the results to share them: one HTML page with the photos, heatmaps and tables, a PNG heatmap and a CSV per language</source>
        <translation>保存结果以便分享：一个包含照片、热图和表格的 HTML 页面，以及每种语言一张 PNG 热图和一个 CSV 文件</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>无法写入报告：

%1</translation>
    </message>
    <message>
        <source>Report written: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>报告已写入：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message>
        <source>Best first</source>
        <translation>最佳在前</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Show only photos at least this relevant. It starts where this query&apos;s good matches seem to end.</source>
        <translation>只显示至少这么相关的照片。滑块从这次搜索的优质匹配似乎结束的地方开始。</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>所有文件夹</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Only photos taken between these dates (the camera&apos;s calendar)</source>
        <translation>只显示在这两个日期之间拍摄的照片（按相机的日历）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Relevance applies to a search: type what you are looking for.</source>
        <translation>相关度用于搜索：请输入你要找的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::HeatmapWidget</name>
    <message>
        <source>Run the evaluation to see the heatmap.</source>
        <translation>运行评估即可查看热力图。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;“%2”&lt;br&gt;%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;“%2”&lt;br&gt;%3%4</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::IndexWorker</name>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · %Ln 个文件不受支持：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Library up to date: %L1 new, %L2 changed, %L3 removed</source>
        <translation>库已是最新：新增 %L1，更改 %L2，移除 %L3</translation>
    </message>
    <message>
        <source> (%1 images/s)</source>
        <translation>（每秒 %1 张图片）</translation>
    </message>
    <message>
        <source> · %1 holds no photos</source>
        <translation> · %1 中没有照片</translation>
    </message>
    <message>
        <source>Indexing stopped; everything finished so far is saved.</source>
        <translation>索引已停止；目前已完成的内容均已保存。</translation>
    </message>
    <message>
        <source>Another program (probably lingualens-cli) is updating this library. Indexing will be possible when it has finished.</source>
        <translation>另一个程序（可能是 lingualens-cli）正在更新这个库。待它完成后即可建立索引。</translation>
    </message>
    <message>
        <source>Removed %1 from the library (the photos themselves are untouched).</source>
        <translation>已从库中移除 %1（照片本身未受影响）。</translation>
    </message>
    <message>
        <source>%1 is now at %2; its photos are kept.</source>
        <translation>%1 现在位于 %2；其中的照片均已保留。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Click a folder to see only its photos</source>
        <translation>点击文件夹即可只查看其中的照片</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>定位…</translation>
    </message>
    <message>
        <source>The selected folder is not connected: show where it is now (its photos are kept, nothing is indexed again)</source>
        <translation>所选文件夹未连接：请指明它现在的位置（其中的照片会保留，不会重新索引）</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (the photos stay on disk)</source>
        <translation>从库中移除所选文件夹（照片仍保留在磁盘上）</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted photos now</source>
        <translation>立即查找新增、更改和删除的照片</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>移除文件夹</translation>
    </message>
    <message>
        <source>Remove %1 from the library?

The photos themselves are not touched; only LinguaLens forgets them.</source>
        <translation>要从库中移除 %1 吗？

照片本身不会被改动；只是 LinguaLens 不再记得它们。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln 个文件无法读取——&lt;a href=&quot;#&quot;&gt;查看&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>所有照片</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
未连接：其中的 %Ln 张照片会保留，并在驱动器重新连接前不显示在结果中；也可以使用“定位…”</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet: “Add folder…”</source>
        <translation>还没有文件夹：“添加文件夹…”</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message>
        <source>%1 scored %2 in your last evaluation (%3 %4): results may be weak.</source>
        <translation>%1 在你上次评估中得分 %2（%3 为 %4）：结果可能不理想。</translation>
    </message>
    <message>
        <source>LinguaLens</source>
        <translation>LinguaLens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Describe a photo in any language. Combine: “beach +sunset -people”. Drop or paste an image to find similar photos.</source>
        <translation>用任何语言描述一张照片。可以组合：“海滩 +日落 -人”。拖放或粘贴图片可查找相似照片。</translation>
    </message>
    <message>
        <source>Searching by example image; click to stop</source>
        <translation>正在按示例图片搜索；点击停止</translation>
    </message>
    <message>
        <source>Search tips (F1)</source>
        <translation>搜索技巧（F1）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LinguaLens&lt;/h2&gt;&lt;p&gt;Add the folders that hold your photos. LinguaLens looks at every photo once (on this computer, nothing leaves it); then describe what you are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 LinguaLens&lt;/h2&gt;&lt;p&gt;添加存放照片的文件夹。LinguaLens 会把每张照片看一遍（在这台电脑上进行，任何内容都不会离开它）；然后用任何语言描述你要找的内容——“Eisbär im Schnee”“белая кошка”“夕焼けの海”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>复制 %Ln 个路径</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>将 %Ln 张照片导出到文件夹…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>将 %Ln 张照片移到回收站</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>用默认应用程序打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>导出到文件夹…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>查找相似照片</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Pause indexing</source>
        <translation>暂停索引(&amp;P)</translation>
    </message>
    <message>
        <source>Paused — indexing waits until you resume</source>
        <translation>已暂停——索引会等待你继续</translation>
    </message>
    <message>
        <source>&amp;Resume indexing</source>
        <translation>继续索引(&amp;R)</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>正在继续…</translation>
    </message>
    <message>
        <source>&amp;Stop indexing</source>
        <translation>停止索引(&amp;S)</translation>
    </message>
    <message>
        <source>Resume &amp;indexing</source>
        <translation>继续索引(&amp;I)</translation>
    </message>
    <message>
        <source>Search by &amp;image file…</source>
        <translation>按图片文件搜索(&amp;I)…</translation>
    </message>
    <message>
        <source>Find photos like…</source>
        <translation>查找类似的照片…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Search by pasted image</source>
        <translation>按粘贴的图片搜索</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>&amp;Download models…</source>
        <translation>下载模型(&amp;D)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复项(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Evaluate translations…</source>
        <translation>评估翻译(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>搜索技巧(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About LinguaLens</source>
        <translation>关于 LinguaLens(&amp;A)</translation>
    </message>
    <message>
        <source>The models could not be loaded</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>模型加载失败</translation>
    </message>
    <message>
        <source>The models could not be loaded:
%1

Choose other files in Settings (Ctrl+,).</source>
        <translation>无法加载模型：
%1

请在“设置”（Ctrl+,）中选择其他文件。</translation>
    </message>
    <message>
        <source>Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”</source>
        <translation>用任何语言描述一张照片——“Eisbär im Schnee”“белая кошка”</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%Ln 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Models ready (%1 s)</source>
        <translation>模型已就绪（%1 秒）</translation>
    </message>
    <message>
        <source>Waiting for the image model…</source>
        <translation>正在等待图像模型…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>understanding the query %1 ms, searching %L2 photos %3 ms</source>
        <translation>理解查询 %1 毫秒，搜索 %L2 张照片 %3 毫秒</translation>
    </message>
    <message>
        <source>No photo from %1 matches. Click a filter&apos;s ✕ above to search without it.</source>
        <translation>%1 中没有匹配的照片。点击上方筛选条件的 ✕ 可不带它进行搜索。</translation>
    </message>
    <message>
        <source>No photos are indexed yet.</source>
        <translation>还没有已索引的照片。</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>没有符合这些筛选条件的照片。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View photo</source>
        <translation>查看照片(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Like: %1  ✕</source>
        <translation>类似：%1  ✕</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖入的图片</translation>
    </message>
    <message>
        <source>Drop an image file to find similar photos, or a folder to add it.</source>
        <translation>拖入图片文件可查找相似照片，拖入文件夹可将其添加。</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在查找照片…</translation>
    </message>
    <message>
        <source>Indexing %L1 of %L2</source>
        <translation>正在索引 %L1 / %L2</translation>
    </message>
    <message>
        <source> · %1 photos/s</source>
        <translation> · 每秒 %1 张照片</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · 还剩 %Ln 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · 还剩 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %L1 of %L2 done</source>
        <translation>已暂停——已完成 %L1 / %L2</translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>索引已停止；目前已完成的内容均已保存。还有 %Ln 张照片待处理——库 ▸ 继续索引。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>正在索引</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>%1 现在在哪里？</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>添加照片文件夹</translation>
    </message>
    <message>
        <source>Indexing starts when the models are loaded.</source>
        <translation>模型加载完成后开始建立索引。</translation>
    </message>
    <message>
        <source>Trying the files that could not be read again…</source>
        <translation>正在重新尝试无法读取的文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>已复制 %Ln 个路径。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>将 %Ln 张照片复制到…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>正在复制 %Ln 张照片…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>已将 %Ln 张照片复制到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>要将 %Ln 张照片移到回收站吗？之后可以从回收站恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>已将 %Ln 张照片移到回收站。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the models</source>
        <translation>正在等待模型</translation>
    </message>
    <message>
        <source>The models are needed before searching</source>
        <translation>搜索前需要模型</translation>
    </message>
    <message>
        <source>LinguaLens needs its two models before it can search or index. They are not in %1 yet.</source>
        <translation>LinguaLens 需要它的两个模型才能搜索或建立索引。%1 中还没有这些模型。</translation>
    </message>
    <message>
        <source>The %1 models and their own library open at the next start.</source>
        <translation>%1 模型及其自己的库将在下次启动时打开。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>The library in %1 opens at the next start.</source>
        <translation>%1 中的库将在下次启动时打开。</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>默认位置</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ModelSetupDialog</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>found, checked: %1</source>
        <translation>已找到并校验：%1</translation>
    </message>
    <message>
        <source>LinguaLens needs its models</source>
        <translation>LinguaLens 需要模型</translation>
    </message>
    <message>
        <source>&lt;p&gt;LinguaLens understands photos and text with two models: OpenAI&apos;s CLIP image model &lt;b&gt;RN50x4&lt;/b&gt; (about 400 MB) and the Multilingual-CLIP text model &lt;b&gt;M-BERT-Base-69&lt;/b&gt; with its head (about 700 MB). Download them into &lt;b&gt;%1&lt;/b&gt; (each file is checked; an interrupted download continues where it stopped), or choose the files you have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LinguaLens 通过两个模型理解照片和文字：OpenAI CLIP 的图像模型 &lt;b&gt;RN50x4&lt;/b&gt;（约 400 MB）和 Multilingual-CLIP 的文本模型 &lt;b&gt;M-BERT-Base-69&lt;/b&gt; 及其投影头（约 700 MB）。将它们下载到 &lt;b&gt;%1&lt;/b&gt;（每个文件都会校验；中断的下载会从中断处继续），或选择你已有的文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Image model (RN50x4.pt)</source>
        <translation>图像模型（RN50x4.pt）</translation>
    </message>
    <message>
        <source>Text model (M-BERT-Base-69 folder)</source>
        <translation>文本模型（M-BERT-Base-69 文件夹）</translation>
    </message>
    <message>
        <source>Text head (… Linear Weights.pkl)</source>
        <translation>文本投影头（… Linear Weights.pkl）</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The M-BERT-Base-69 folder</source>
        <translation>M-BERT-Base-69 文件夹</translation>
    </message>
    <message>
        <source>The image model</source>
        <translation>图像模型</translation>
    </message>
    <message>
        <source>The text head</source>
        <translation>文本投影头</translation>
    </message>
    <message>
        <source>CLIP models (*.pt *.safetensors);;All files (*)</source>
        <translation>CLIP 模型 (*.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Text heads (*.pkl);;All files (*)</source>
        <translation>文本投影头 (*.pkl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mirror (optional):</source>
        <translation>镜像（可选）：</translation>
    </message>
    <message>
        <source>https://… a server with the same files, e.g. inside your network</source>
        <translation>https://… 一个提供相同文件的服务器，例如你的内网中的服务器</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Copy files I have…</source>
        <translation>复制我已有的文件…</translation>
    </message>
    <message>
        <source>Files from a USB stick, another computer or a browser download: they are checked and copied into the models folder</source>
        <translation>来自 U 盘、另一台电脑或浏览器下载的文件：会经过校验并复制到模型文件夹</translation>
    </message>
    <message>
        <source>Use these files</source>
        <translation>使用这些文件</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation>，共 %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>，%1/秒</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Choose the model files you have</source>
        <translation>选择你已有的模型文件</translation>
    </message>
    <message>
        <source>Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)</source>
        <translation>模型文件 (*.pt *.safetensors *.bin *.pkl *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking and copying…</source>
        <translation>正在校验并复制…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>waiting (%1)</source>
        <translation>等待中（%1）</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 free on this disk)…</source>
        <translation>正在下载 %1（此磁盘可用 %2）…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message>
        <source>Ask size</source>
        <translation>查询大小</translation>
    </message>
    <message>
        <source>Asks the servers how large each of the pair&apos;s files is, without downloading them, and whether this disk has room</source>
        <translation>向服务器询问该组合每个文件的大小（不下载），并检查此磁盘是否有足够空间</translation>
    </message>
    <message>
        <source>Download size: not asked yet.</source>
        <translation>下载大小：尚未查询。</translation>
    </message>
    <message>
        <source>Asking the servers…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>All its files are here: %1 on disk.</source>
        <translation>它的所有文件都已在此：磁盘占用 %1。</translation>
    </message>
    <message>
        <source>The servers did not say how large its files are (is this computer offline?).</source>
        <translation>服务器没有告知其文件大小（这台电脑是否离线？）。</translation>
    </message>
    <message>
        <source>Download: %1 in all, %2 still to fetch.</source>
        <translation>下载：共 %1，尚需获取 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>有 %Ln 个文件未告知大小。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free on this disk.</source>
        <translation>此磁盘可用 %1。</translation>
    </message>
    <message>
        <source>Not enough room: %1 free on this disk.</source>
        <translation>空间不足：此磁盘仅可用 %1。</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>（查询于 %1）</translation>
    </message>
    <message>
        <source>Could not ask: %1</source>
        <translation>无法查询：%1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSpeedRow</name>
    <message>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Runs both models for a few seconds on this computer: images per second when indexing (decoding the photos comes on top), the time of one search, and the memory they take</source>
        <translation>在这台电脑上运行两个模型几秒钟：索引时每秒处理的图片数（照片解码另计）、一次搜索所需时间以及占用的内存</translation>
    </message>
    <message>
        <source>Its speed can be measured once its files are here.</source>
        <translation>文件就位后即可测量其速度。</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; the computer is busy meanwhile)</source>
        <translation>正在测量…（需要几秒钟；其间电脑会比较忙）</translation>
    </message>
    <message>
        <source>On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).</source>
        <translation>在这台电脑上：每秒 %1 张图片，每次搜索 %2 毫秒，占用内存 %3（测量于 %4）。</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>无法测量：%1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message>
        <source>Each pair is evaluated in its own space: accuracy and recall compare directly; the cosine to the reference says how close each pair keeps a translation to the reference caption in its own space.</source>
        <translation>每个组合都在各自的空间中评估：准确率和召回率可以直接比较；与参考的余弦表示每个组合在其自身空间中让译文与参考说明文字有多接近。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Text→image R@1 %1</source>
        <translation>文本→图片 R@1 %1</translation>
    </message>
    <message>
        <source>Cosine to reference %1</source>
        <translation>与参考的余弦 %1</translation>
    </message>
    <message>
        <source>Top-k overlap %1</source>
        <translation>Top-k 重合度 %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>The two pairs have no language in common on this set.</source>
        <translation>两个组合在此数据集中没有共同的语言。</translation>
    </message>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>%Ln 种语言的平均准确率：%2 为 %1，%4 为 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ahead in %2, %3 in %4, and they are even in %5.</source>
        <translation>%1 在 %2 种语言中领先，%3 在 %4 种中领先，%5 种持平。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>照片查看器</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>←/→ browse · Z zoom · I details · F full screen · Esc back</source>
        <translation>←/→ 浏览 · Z 缩放 · I 详细信息 · F 全屏 · Esc 返回</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PreviewPane</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>用默认应用程序打开（Enter）</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Open the folder that holds this photo</source>
        <translation>打开包含这张照片的文件夹</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>复制文件路径（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy the picture itself</source>
        <translation>复制图片本身</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>查找相似照片</translation>
    </message>
    <message>
        <source>Search for photos that look like this one</source>
        <translation>搜索与这张照片相似的照片</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>选择一张照片即可在此查看。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>无法显示这张照片：%1</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>没有设置用于打开 %1 的应用程序。</translation>
    </message>
    <message>
        <source>The folder %1 is not there (unplugged or moved?).</source>
        <translation>文件夹 %1 不在（已拔出或已移动？）。</translation>
    </message>
    <message>
        <source>No file manager is set up to show %1.</source>
        <translation>没有设置用于显示 %1 的文件管理器。</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>已复制路径。</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>已复制图片。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultDelegate</name>
    <message>
        <source>no preview</source>
        <translation>无预览</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>%1
relevance %2</source>
        <translation>%1
相关度 %2</translation>
    </message>
    <message>
        <source>%1, relevance %2</source>
        <translation>%1，相关度 %2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language
(after a restart)</source>
        <translation>语言
（重启后生效）</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>Library folder
(after a restart)</source>
        <translation>库文件夹
（重启后生效）</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>CLIP weights (*.pt *.pth *.safetensors)</source>
        <translation>CLIP 权重 (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <source>RN50x4.pt in the models folder</source>
        <translation>模型文件夹中的 RN50x4.pt</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>图像模型</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 in the models folder</source>
        <translation>模型文件夹中的 M-BERT-Base-69</translation>
    </message>
    <message>
        <source>Text model folder</source>
        <translation>文本模型文件夹</translation>
    </message>
    <message>
        <source>Linear head (*.pkl)</source>
        <translation>线性投影头 (*.pkl)</translation>
    </message>
    <message>
        <source>found in the text model folder</source>
        <translation>在文本模型文件夹中查找</translation>
    </message>
    <message>
        <source>Text head</source>
        <translation>文本投影头</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>所有核心（%1）</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>计算线程</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Fast indexing (approximate)</source>
        <translation>快速索引（近似）</translation>
    </message>
    <message>
        <source>Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and the results differ slightly from the exact reference computation.</source>
        <translation>以缩小的尺寸解码 JPEG 照片：索引速度约快 10%，结果与精确的参考计算略有不同。</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Compact text model (half precision)</source>
        <translation>紧凑文本模型（半精度）</translation>
    </message>
    <message>
        <source>Keeps the text model in half precision: about 170 MB less memory and faster searches; scores differ from the exact computation by about 0.1 %.</source>
        <translation>以半精度保存文本模型：内存约少 170 MB，搜索更快；得分与精确计算相差约 0.1%。</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Read dates and places in queries</source>
        <translation>识别查询中的日期和地点</translation>
    </message>
    <message>
        <source>“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, and only “beach” goes to the text model. Off: every word is searched as text (words in quotation marks always are).</source>
        <translation>“海滩 2023年7月”或“Strand in Italien”只显示那个时间或地点的照片，只有“海滩”会交给文本模型。关闭时：每个词都作为文本搜索（引号中的词总是如此）。</translation>
    </message>
    <message>
        <source>Everything applies at once when you press OK (new model files or threads reload the models; searches wait a few seconds meanwhile), except the language and the library folder, which apply at the next start.</source>
        <translation>点击“确定”后所有设置立即生效（新的模型文件或线程数会重新加载模型；其间搜索会等待几秒钟），但语言和库文件夹除外，它们在下次启动时生效。</translation>
    </message>
    <message>
        <source>Model files chosen one by one below.</source>
        <translation>模型文件已在下方逐一选择。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Model pair</source>
        <translation>模型组合</translation>
    </message>
    <message>
        <source>%1 text model with the %2 image model, %3-dimensional.</source>
        <translation>%1 文本模型搭配 %2 图像模型，%3 维。</translation>
    </message>
    <message>
        <source>Published text-to-image recall@10 on XTD: English %1, German %2, Chinese %3, Japanese %4.</source>
        <translation>在 XTD 上公布的文本到图像 recall@10：英语 %1，德语 %2，中文 %3，日语 %4。</translation>
    </message>
    <message>
        <source>Its files are in the models folder.</source>
        <translation>它的文件在模型文件夹中。</translation>
    </message>
    <message>
        <source>Its files are not in the models folder yet (lingualens-cli models download --model-pair %1).</source>
        <translation>它的文件还不在模型文件夹中（lingualens-cli models download --model-pair %1）。</translation>
    </message>
    <message>
        <source>A library holds the photos of one pair: a pair with another image model needs a library of its own.</source>
        <translation>一个库只存放一种模型组合的照片：使用其他图像模型的组合需要自己的库。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Trained on captions in %1 languages; others work through what the text model learned of them.</source>
        <translation>在 %1 种语言的说明文字上训练；其他语言依靠文本模型对它们的了解。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::UnderstoodChips</name>
    <message>
        <source>Only photos from:</source>
        <translation>仅限以下照片：</translation>
    </message>
    <message>
        <source>Understood from “%1”. Click to search without it.</source>
        <translation>从“%1”中识别。点击可不带此条件搜索。</translation>
    </message>
    <message>
        <source>Photos taken south of the equator: %1</source>
        <translation>在赤道以南拍摄的照片：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library folder.</source>
        <translation>库文件夹。</translation>
    </message>
    <message>
        <source>Folder with the model files.</source>
        <translation>存放模型文件的文件夹。</translation>
    </message>
    <message>
        <source>CLIP RN50x4 weights.</source>
        <translation>CLIP RN50x4 权重。</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 folder.</source>
        <translation>M-BERT-Base-69 文件夹。</translation>
    </message>
    <message>
        <source>Text head .pkl.</source>
        <translation>文本投影头 .pkl。</translation>
    </message>
    <message>
        <source>Keep the text model in half precision (less memory).</source>
        <translation>以半精度保存文本模型（占用更少内存）。</translation>
    </message>
    <message>
        <source>Run this query at start.</source>
        <translation>启动时运行此查询。</translation>
    </message>
    <message>
        <source>Open the translation evaluation with this set and run it.</source>
        <translation>用此数据集打开翻译评估并运行。</translation>
    </message>
    <message>
        <source>Print the time from launch to the first timeline thumbnails shown (or, with --search, to the first search result), then quit.</source>
        <translation>输出从启动到显示时间线首批缩略图（或使用 --search 时到首个搜索结果）所用的时间，然后退出。</translation>
    </message>
    <message>
        <source>Search your photos by describing them, in any language.</source>
        <translation>用任何语言描述照片，即可找到它。</translation>
    </message>
    <message>
        <source>Images to search by (opened from a file manager).</source>
        <translation>用于搜索的图片（从文件管理器打开）。</translation>
    </message>
</context>
</TS>
