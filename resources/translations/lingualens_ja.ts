<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <source>Something needed was not found.</source>
        <translation>必要なものが見つかりません。</translation>
    </message>
    <message>
        <source>%1 could not be read or written (permissions, a full disk or a removed drive?).</source>
        <translation>%1 を読み書きできませんでした (権限、ディスクの空き不足、またはドライブが外されていませんか?)。</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>ファイルを読み書きできませんでした。</translation>
    </message>
    <message>
        <source>%1 is damaged, or is not what its name says.</source>
        <translation>%1 は壊れているか、名前が示す形式ではありません。</translation>
    </message>
    <message>
        <source>A file is damaged.</source>
        <translation>ファイルが壊れています。</translation>
    </message>
    <message>
        <source>%1 is in a form LinguaLens cannot read.</source>
        <translation>%1 は LinguaLens が読めない形式です。</translation>
    </message>
    <message>
        <source>This is in a form LinguaLens cannot read.</source>
        <translation>これは LinguaLens が読めない形式です。</translation>
    </message>
    <message>
        <source>These model files do not belong together.</source>
        <translation>これらのモデルファイルは組み合わせて使えません。</translation>
    </message>
    <message>
        <source>%1 is too large to open safely.</source>
        <translation>%1 は大きすぎて安全に開けません。</translation>
    </message>
    <message>
        <source>This is too large to open safely.</source>
        <translation>これは大きすぎて安全に開けません。</translation>
    </message>
    <message>
        <source>Another program is working on this library; try again when it has finished.</source>
        <translation>別のプログラムがこのライブラリを処理中です。終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>This cannot be done as asked.</source>
        <translation>指定どおりには実行できません。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n photo(s) done</source>
        <translation>
            <numerusform>%Ln 枚の写真を処理しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be handled: </source>
        <translation>
            <numerusform>。%Ln 枚は処理できませんでした: </numerusform>
        </translation>
    </message>
    <message>
        <source> (and more)</source>
        <translation> (ほか)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 がありません</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>ファイルがもうありません</translation>
    </message>
    <message>
        <source>there is no trash for this drive</source>
        <translation>このドライブにはゴミ箱がありません</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Search tips</source>
        <translation>検索のヒント</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Describe the photo, in any of 69 languages&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;both: &lt;i&gt;beach +sunset&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;less of b: &lt;i&gt;beach -people&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;weigh a part: &lt;i&gt;dog^2 +snow&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;an image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drop, paste (Ctrl+V) or choose a photo to find similar ones; with words, both count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;no words&lt;/b&gt;&lt;/td&gt;&lt;td&gt;every photo, newest first (the timeline)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The relevance slider shows more or fewer results; the folder and date filters narrow the search. Enter or double-click opens a photo, Space for a quick look, Esc goes back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;写真を言葉で説明してください（69 言語のどれでも）&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Eisbär im Schnee&lt;/i&gt; · &lt;i&gt;белая кошка&lt;/i&gt; · &lt;i&gt;قطة بيضاء&lt;/i&gt; · &lt;i&gt;red apple on a table&lt;/i&gt;&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a +b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;両方: &lt;i&gt;海辺 +夕日&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a -b&lt;/b&gt;&lt;/td&gt;&lt;td&gt;b を減らす: &lt;i&gt;海辺 -人&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;a^2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;一部を重視する: &lt;i&gt;犬^2 +雪&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;画像&lt;/b&gt;&lt;/td&gt;&lt;td&gt;写真をドロップ、貼り付け (Ctrl+V)、または選択すると似た写真を探します。言葉と一緒なら両方が効きます&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;言葉なし&lt;/b&gt;&lt;/td&gt;&lt;td&gt;すべての写真を新しい順に (タイムライン)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;関連度スライダーで結果の数を増減できます。フォルダーと日付のフィルターで検索を絞り込めます。Enter またはダブルクリックで写真を開き、スペースでクイックルック、Esc で戻ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinguaLens</source>
        <translation>LinguaLens について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;Search your photos by describing them in any of 69 languages. Everything runs on this computer; no photo or query leaves it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Models&lt;/b&gt;: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP M-BERT-Base-69 (text; MIT licence). In use:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango (LGPL), CLD2 (Apache 2.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Places&lt;/b&gt;: the offline gazetteer of populated places comes from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinguaLens %1&lt;/h3&gt;&lt;p&gt;69 言語のどれでも、写真を言葉で説明して探せます。すべてこのコンピューター上で動作し、写真も検索語も外部に送られることはありません。&lt;/p&gt;&lt;p&gt;&lt;b&gt;モデル&lt;/b&gt;: OpenAI CLIP RN50x4 (画像、MIT ライセンス) と Multilingual-CLIP M-BERT-Base-69 (テキスト、MIT ライセンス)。使用中:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;使用ソフトウェア&lt;/b&gt;: Qt %3 (LGPL)、LibTorch (BSD)、FAISS (MIT)、OpenCV (Apache 2.0)、SQLite (パブリックドメイン)、exiv2 (GPL)、libheif (LGPL)、ICU (Unicode ライセンス)、Pango (LGPL)、CLD2 (Apache 2.0)。&lt;/p&gt;&lt;p&gt;&lt;b&gt;地名&lt;/b&gt;: オフラインの居住地地名辞典は &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt; (CC BY 4.0) によるものです。&lt;/p&gt;</translation>
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
        <translation>%1 に接続できません。このコンピューターがオフラインか、ファイアウォールが接続を妨げているようです。接続してからもう一度「ダウンロード」を押すか (中断したところから再開します)、別の方法でファイルを入手してディスク上で選んでください (「手元のファイルをコピー…」または「選択…」)。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>The download did not succeed: %1

You can try again (it continues where it stopped), or get the files elsewhere and choose them on disk.</source>
        <translation>ダウンロードに失敗しました: %1

もう一度試すか (中断したところから再開します)、別の方法でファイルを入手してディスク上で選んでください。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>既にあります</translation>
    </message>
    <message>
        <source>downloaded from %1, verified</source>
        <translation>%1 からダウンロードし、検証済み</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>モデルの準備ができました。</translation>
    </message>
    <message>
        <source>Download stopped. It will continue where it stopped next time.</source>
        <translation>ダウンロードを停止しました。次回は中断したところから再開します。</translation>
    </message>
    <message>
        <source>%1: placed as %2 (%3)</source>
        <translation>%1: %2 として配置 (%3)</translation>
    </message>
    <message>
        <source>%1: not used — %2</source>
        <translation>%1: 使用しません — %2</translation>
    </message>
    <message>
        <source>All model files are in place.</source>
        <translation>モデルファイルはすべてそろっています。</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>まだ足りないもの: %1</translation>
    </message>
    <message>
        <source>The models do not fit on this disk: %1

Free some space, or choose a models folder on another disk (Settings), then press Download again.</source>
        <translation>モデルがこのディスクに収まりません: %1

空き容量を確保するか、別のディスクのモデルフォルダーを選んで (設定)、もう一度「ダウンロード」を押してください。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::DuplicatesDialog</name>
    <message>
        <source>identical files</source>
        <translation>同一のファイル</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>同じ写真</translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>似たショット</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Similar shots: at least</source>
        <translation>似たショット: 類似度</translation>
    </message>
    <message>
        <source> % alike</source>
        <comment>how similar two photos look</comment>
        <translation> % 以上</translation>
    </message>
    <message>
        <source>How alike two photos must look to the image model (cosine of their embeddings).</source>
        <translation>画像モデルから見て 2 枚の写真がどれだけ似ている必要があるか (埋め込みのコサイン)。</translation>
    </message>
    <message>
        <source>and taken within</source>
        <translation>撮影間隔</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分以内</translation>
    </message>
    <message>
        <source>Keep this one (K)</source>
        <translation>これを残す (K)</translation>
    </message>
    <message>
        <source>Move the others to the trash</source>
        <translation>ほかをゴミ箱へ移動</translation>
    </message>
    <message>
        <source>Move them to a folder…</source>
        <translation>フォルダーへ移動…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Move the others to…</source>
        <translation>ほかの移動先…</translation>
    </message>
    <message>
        <source>Looking for copies in the library…</source>
        <translation>ライブラリ内のコピーを探しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %Ln 枚の写真</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates in the library.</source>
        <translation>ライブラリに重複はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of copies. ←/→ go through them, K keeps the selected photo.</source>
        <translation>
            <numerusform>コピーのグループが %Ln 個あります。←/→ で移動し、K で選択中の写真を残します。</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ KEEP
%1</source>
        <translation>✔ 残す
%1</translation>
    </message>
    <message>
        <source>kept: your choice</source>
        <translation>残す: あなたの選択</translation>
    </message>
    <message>
        <source>Group %L1 of %L2 — %3. %4</source>
        <translation>グループ %L1/%L2 — %3。%4</translation>
    </message>
    <message numerus="yes">
        <source>Move %n other(s) to the trash</source>
        <translation>
            <numerusform>ほかの %Ln 枚をゴミ箱へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln 枚の写真をゴミ箱へ移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln 枚の写真を %1 へ移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored.</source>
        <translation>
            <numerusform>%Ln 枚の写真を元に戻しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingualens::ui::Engine</name>
    <message>
        <source>Loading the text model…</source>
        <translation>テキストモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the image model…</source>
        <translation>画像モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>the models are not loaded yet</source>
        <translation>モデルがまだ読み込まれていません</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>評価を停止しました。</translation>
    </message>
    <message>
        <source>“%1” is not a model pair</source>
        <translation>「%1」はモデルの組み合わせではありません</translation>
    </message>
    <message>
        <source>the %1 models are not in the models folder (lingualens-cli models download --model-pair %1)</source>
        <translation>%1 のモデルがモデルフォルダーにありません（lingualens-cli models download --model-pair %1）</translation>
    </message>
    <message>
        <source>Loading the %1 models…</source>
        <translation>%1 のモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Evaluating with %1…</source>
        <translation>%1 で評価しています…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ErrorListDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>読み込めなかったファイル</translation>
    </message>
    <message>
        <source>These files were skipped. They stay listed until they are fixed or removed; the rest of the library is not affected.</source>
        <translation>これらのファイルはスキップされました。修正または削除されるまで一覧に残ります。ライブラリのほかの部分には影響しません。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Try these files again (after installing a codec, or once a copy has finished)</source>
        <translation>これらのファイルを再試行します (コーデックをインストールした後や、コピーが終わった後に)</translation>
    </message>
    <message>
        <source>Could not show %1.</source>
        <translation>%1 を表示できませんでした。</translation>
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
        <translation>語片の %1 が語彙にありません</translation>
    </message>
    <message>
        <source>words fall apart into %1 pieces each</source>
        <translation>単語がそれぞれ %1 個の語片に分かれます</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) longer than the model reads</source>
        <translation>
            <numerusform>モデルが読める長さを超えるキャプションが %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>known words (%1 pieces per word)</source>
        <translation>既知の単語 (1 語あたり %1 語片)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Evaluate translations — LinguaLens</source>
        <translation>翻訳の評価 — LinguaLens</translation>
    </message>
    <message>
        <source>Open set…</source>
        <translation>セットを開く…</translation>
    </message>
    <message>
        <source>Save set…</source>
        <translation>セットを保存…</translation>
    </message>
    <message>
        <source>Images folder…</source>
        <translation>画像フォルダー…</translation>
    </message>
    <message>
        <source>Where this set&apos;s images are, when they are not next to the set file</source>
        <translation>セットファイルと同じ場所にない場合の、このセットの画像の場所</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>画像を追加…</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>言語を追加…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source> Reference language: </source>
        <translation> 基準言語: </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Encode the images and every caption, then compare (F5)</source>
        <translation>画像とすべてのキャプションをエンコードしてから比較します (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Softmax over captions (%)</source>
        <translation>キャプションに対するソフトマックス (%)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Text→image R@1</source>
        <translation>テキスト→画像 R@1</translation>
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
        <translation>画像→テキスト R@1</translation>
    </message>
    <message>
        <source>Cosine to reference</source>
        <translation>基準とのコサイン</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>上位 k の重なり</translation>
    </message>
    <message>
        <source>Unknown pieces</source>
        <translation>未知の語片</translation>
    </message>
    <message>
        <source>Pieces per word</source>
        <translation>1 語あたりの語片</translation>
    </message>
    <message>
        <source>What the tokenizer shows</source>
        <translation>トークナイザーから見えること</translation>
    </message>
    <message>
        <source>Share of the captions&apos; word pieces the text model&apos;s vocabulary does not know ([UNK])</source>
        <translation>キャプションの語片のうち、テキストモデルの語彙にないもの ([UNK]) の割合</translation>
    </message>
    <message>
        <source>Word pieces per word: 1 means whole words; high means the words fall apart into letters. Hover a row to see each caption&apos;s pieces.</source>
        <translation>1 語あたりの語片数: 1 は単語がそのまま、高い値は単語が文字に分解されていることを表します。行にポインターを合わせると各キャプションの語片を表示します。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>キャプションを追加</translation>
    </message>
    <message>
        <source>From selected row</source>
        <translation>選択した行から</translation>
    </message>
    <message>
        <source>Take the captions of the row selected in the Captions tab</source>
        <translation>「キャプション」タブで選択した行のキャプションを使います</translation>
    </message>
    <message>
        <source>top </source>
        <translation>上位 </translation>
    </message>
    <message>
        <source>Compare in library</source>
        <translation>ライブラリで比較</translation>
    </message>
    <message>
        <source>The first caption is the reference. Photos outlined in orange are not among the reference&apos;s top results: that is where a translation diverges.</source>
        <translation>最初のキャプションが基準です。オレンジの枠の写真は基準の上位結果に入っていないもので、そこで翻訳がずれています。</translation>
    </message>
    <message>
        <source>Library comparison</source>
        <translation>ライブラリでの比較</translation>
    </message>
    <message>
        <source>Give a caption and at least one translation.</source>
        <translation>キャプションと、少なくとも 1 つの翻訳を入力してください。</translation>
    </message>
    <message>
        <source>Waiting for the models…</source>
        <translation>モデルを待っています…</translation>
    </message>
    <message>
        <source>Untitled set</source>
        <translation>無題のセット</translation>
    </message>
    <message>
        <source>Row %1: the image %2 does not exist.</source>
        <translation>%1 行目: 画像 %2 がありません。</translation>
    </message>
    <message>
        <source>The set has no images yet: “Add images…”.</source>
        <translation>セットにはまだ画像がありません: 「画像を追加…」。</translation>
    </message>
    <message>
        <source>Open a set first; then say where its images are.</source>
        <translation>まずセットを開き、次にその画像の場所を指定してください。</translation>
    </message>
    <message>
        <source>Where are the images of this set?</source>
        <translation>このセットの画像はどこにありますか?</translation>
    </message>
    <message>
        <source>%1 — Evaluate translations</source>
        <translation>%1 — 翻訳の評価</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), languages: %1</source>
        <translation>
            <numerusform>画像 %Ln 枚、言語: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n image(s) not found: show where they are with “Images folder…”.</source>
        <translation>
            <numerusform> — %Ln 枚の画像が見つかりません: 「画像フォルダー…」で場所を指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>セットを開く</translation>
    </message>
    <message>
        <source>This set cannot be opened:

%1</source>
        <translation>このセットを開けません:

%1</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>評価セットを開く</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json *.tsv)</source>
        <translation>評価セット (*.json *.tsv)</translation>
    </message>
    <message>
        <source>Save the evaluation set</source>
        <translation>評価セットを保存</translation>
    </message>
    <message>
        <source>Evaluation set (*.json)</source>
        <translation>評価セット (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save set</source>
        <translation>セットを保存</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>画像を追加</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>言語を追加</translation>
    </message>
    <message>
        <source>Language code (BCP-47, e.g. “sv”, “el”, “kn”, “zh-Hans”):</source>
        <translation>言語コード (BCP-47、例: 「sv」「el」「kn」「zh-Hans」):</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>「%1」は言語コードではありません。</translation>
    </message>
    <message>
        <source>The models are still loading; try again in a moment.</source>
        <translation>モデルはまだ読み込み中です。少ししてからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) and their captions…</source>
        <translation>
            <numerusform>画像 %Ln 枚とそのキャプションをエンコードしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s: %2 image(s) encoded, %3 taken from the library</source>
        <translation>%1 秒で完了: %2 枚の画像をエンコード、%3 枚をライブラリから取得</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 — 正解率 %2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>基準</translation>
    </message>
    <message>
        <source> (top %1)</source>
        <translation> (上位 %1)</translation>
    </message>
    <message>
        <source> (cut short)</source>
        <translation> (切り詰め)</translation>
    </message>
    <message>
        <source>softmax, %</source>
        <translation>ソフトマックス、%</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (基準)</translation>
    </message>
    <message>
        <source>%1 — %2 shared</source>
        <translation>%1 — 共通 %2</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source> Compare with: </source>
        <translation> 比較対象: </translation>
    </message>
    <message>
        <source>Run the same set with a second Multilingual-CLIP pair, each in its own space, and read the two side by side: which pair keeps your language&apos;s captions closest to the reference?</source>
        <translation>同じセットを 2 つ目の Multilingual-CLIP の組み合わせでも評価し (それぞれ独自の空間で)、並べて比較します: どちらの組み合わせがあなたの言語のキャプションを基準に最も近く保つでしょうか?</translation>
    </message>
    <message>
        <source>Whose heatmap to show: the evaluated pair&apos;s or the compared one&apos;s</source>
        <translation>どちらのヒートマップを表示するか: 評価した組み合わせか、比較した組み合わせか</translation>
    </message>
    <message>
        <source>Pairs side by side</source>
        <translation>組み合わせの比較</translation>
    </message>
    <message>
        <source> Evaluated with: %1 </source>
        <translation> 評価に使用: %1 </translation>
    </message>
    <message>
        <source>no second pair</source>
        <translation>比較しない</translation>
    </message>
    <message>
        <source>%1 (not downloaded)</source>
        <translation>%1 (未ダウンロード)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>レポートを書き出す…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>レポートの保存先フォルダー</translation>
    </message>
    <message>
        <source>Save the results to share them: one HTML page with the photos, heatmaps and tables, a PNG heatmap and a CSV per language</source>
        <translation>結果を共有用に保存します: 写真・ヒートマップ・表をまとめた HTML ページ 1 つと、言語ごとの PNG ヒートマップと CSV</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>レポートを書き出しています…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>レポートを書き出せませんでした:

%1</translation>
    </message>
    <message>
        <source>Report written: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>レポートを書き出しました: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::FilterBar</name>
    <message>
        <source>Best first</source>
        <translation>関連度順</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>関連度</translation>
    </message>
    <message>
        <source>Show only photos at least this relevant. It starts where this query&apos;s good matches seem to end.</source>
        <translation>この関連度以上の写真だけを表示します。このクエリの良い一致が途切れるあたりから始まります。</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>すべてのフォルダー</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>撮影日</translation>
    </message>
    <message>
        <source>Only photos taken between these dates (the camera&apos;s calendar)</source>
        <translation>この期間に撮影された写真だけ (カメラのカレンダーによる)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Relevance applies to a search: type what you are looking for.</source>
        <translation>関連度は検索に適用されます: 探しているものを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln 枚の写真</numerusform>
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
        <translation>評価を実行するとヒートマップが表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;“%2”&lt;br&gt;%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;「%2」&lt;br&gt;%3%4</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::IndexWorker</name>
    <message>
        <source>no extension</source>
        <translation>拡張子なし</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) not supported: %1</source>
        <translation>
            <numerusform> · 未対応のファイル %Ln 件: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Library up to date: %L1 new, %L2 changed, %L3 removed</source>
        <translation>ライブラリは最新です: 新規 %L1、変更 %L2、削除 %L3</translation>
    </message>
    <message>
        <source> (%1 images/s)</source>
        <translation> (%1 枚/秒)</translation>
    </message>
    <message>
        <source> · %1 holds no photos</source>
        <translation> · %1 には写真がありません</translation>
    </message>
    <message>
        <source>Indexing stopped; everything finished so far is saved.</source>
        <translation>インデックス作成を停止しました。ここまでに終わった分は保存されています。</translation>
    </message>
    <message>
        <source>Another program (probably lingualens-cli) is updating this library. Indexing will be possible when it has finished.</source>
        <translation>別のプログラム (おそらく lingualens-cli) がこのライブラリを更新しています。それが終わるとインデックスを作成できます。</translation>
    </message>
    <message>
        <source>Removed %1 from the library (the photos themselves are untouched).</source>
        <translation>%1 をライブラリから削除しました (写真そのものには手を触れていません)。</translation>
    </message>
    <message>
        <source>%1 is now at %2; its photos are kept.</source>
        <translation>%1 は現在 %2 にあります。写真はそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::LibraryPanel</name>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Click a folder to see only its photos</source>
        <translation>フォルダーをクリックすると、その写真だけを表示します</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Re-scan</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>場所を指定…</translation>
    </message>
    <message>
        <source>The selected folder is not connected: show where it is now (its photos are kept, nothing is indexed again)</source>
        <translation>選択したフォルダーが接続されていません: 現在の場所を指定してください (写真は残り、インデックスの作り直しもありません)</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (the photos stay on disk)</source>
        <translation>選択したフォルダーをライブラリから削除します (写真はディスクに残ります)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted photos now</source>
        <translation>新しい写真、変更された写真、削除された写真を今すぐ探します</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>フォルダーを削除</translation>
    </message>
    <message>
        <source>Remove %1 from the library?

The photos themselves are not touched; only LinguaLens forgets them.</source>
        <translation>%1 をライブラリから削除しますか?

写真そのものには手を触れません。LinguaLens が忘れるだけです。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read — &lt;a href=&quot;#&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln 件のファイルを読み込めませんでした — &lt;a href=&quot;#&quot;&gt;表示&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>すべての写真</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (未接続)</translation>
    </message>
    <message numerus="yes">
        <source>%1
Not connected: its %n photo(s) are kept and hidden from results until the drive is back, or use Locate…</source>
        <translation>
            <numerusform>%1
未接続: %Ln 枚の写真は保持され、ドライブが戻るまで結果から隠れます。または「場所を指定…」を使ってください</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet: “Add folder…”</source>
        <translation>フォルダーがまだありません: 「フォルダーを追加…」</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::MainWindow</name>
    <message>
        <source>%1 scored %2 in your last evaluation (%3 %4): results may be weak.</source>
        <translation>前回の評価で %1 は %2 でした (%3 は %4): 結果が弱いかもしれません。</translation>
    </message>
    <message>
        <source>LinguaLens</source>
        <translation>LinguaLens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Describe a photo in any language. Combine: “beach +sunset -people”. Drop or paste an image to find similar photos.</source>
        <translation>写真をどの言語でも説明してください。組み合わせ: 「海辺 +夕日 -人」。画像をドロップまたは貼り付けると似た写真を探します。</translation>
    </message>
    <message>
        <source>Searching by example image; click to stop</source>
        <translation>見本画像で検索中。クリックで解除</translation>
    </message>
    <message>
        <source>Search tips (F1)</source>
        <translation>検索のヒント (F1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LinguaLens&lt;/h2&gt;&lt;p&gt;Add the folders that hold your photos. LinguaLens looks at every photo once (on this computer, nothing leaves it); then describe what you are looking for in any language — “Eisbär im Schnee”, “белая кошка”, “夕焼けの海”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LinguaLens へようこそ&lt;/h2&gt;&lt;p&gt;写真が入っているフォルダーを追加してください。LinguaLens はすべての写真を一度だけ見ます (このコンピューター上で、外部には何も送られません)。あとは探しているものをどの言語でも説明するだけです — 「Eisbär im Schnee」「белая кошка」「夕焼けの海」。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>%Ln 件のパスをコピー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n photo(s) to a folder…</source>
        <translation>
            <numerusform>%Ln 枚の写真をフォルダーへ書き出す…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash</source>
        <translation>
            <numerusform>%Ln 枚の写真をゴミ箱へ移動</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Open with default application</source>
        <translation>既定のアプリケーションで開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>フォルダーへ書き出す…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>似た写真を探す</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Pause indexing</source>
        <translation>インデックス作成を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Paused — indexing waits until you resume</source>
        <translation>一時停止中 — 再開するまでインデックス作成は待機します</translation>
    </message>
    <message>
        <source>&amp;Resume indexing</source>
        <translation>インデックス作成を再開(&amp;R)</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>再開しています…</translation>
    </message>
    <message>
        <source>&amp;Stop indexing</source>
        <translation>インデックス作成を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Resume &amp;indexing</source>
        <translation>インデックス作成を再開(&amp;I)</translation>
    </message>
    <message>
        <source>Search by &amp;image file…</source>
        <translation>画像ファイルで検索(&amp;I)…</translation>
    </message>
    <message>
        <source>Find photos like…</source>
        <translation>似た写真を探す…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Search by pasted image</source>
        <translation>貼り付けた画像で検索</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
    <message>
        <source>&amp;Download models…</source>
        <translation>モデルをダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>重複を探す(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Evaluate translations…</source>
        <translation>翻訳を評価(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>検索のヒント(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About LinguaLens</source>
        <translation>LinguaLens について(&amp;A)</translation>
    </message>
    <message>
        <source>The models could not be loaded</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <source>Models could not be loaded</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <source>The models could not be loaded:
%1

Choose other files in Settings (Ctrl+,).</source>
        <translation>モデルを読み込めませんでした:
%1

設定 (Ctrl+,) でほかのファイルを選んでください。</translation>
    </message>
    <message>
        <source>Describe a photo in any language — “Eisbär im Schnee”, “белая кошка”</source>
        <translation>写真をどの言語でも説明してください — 「Eisbär im Schnee」「белая кошка」</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>Models ready (%1 s)</source>
        <translation>モデルの準備完了 (%1 秒)</translation>
    </message>
    <message>
        <source>Waiting for the image model…</source>
        <translation>画像モデルを待っています…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>understanding the query %1 ms, searching %L2 photos %3 ms</source>
        <translation>クエリの解釈 %1 ミリ秒、%L2 枚の写真の検索 %3 ミリ秒</translation>
    </message>
    <message>
        <source>No photo from %1 matches. Click a filter&apos;s ✕ above to search without it.</source>
        <translation>%1 の写真で一致するものはありません。上のフィルターの ✕ をクリックすると、それを外して検索します。</translation>
    </message>
    <message>
        <source>No photos are indexed yet.</source>
        <translation>インデックス済みの写真はまだありません。</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>これらのフィルターに一致する写真はありません。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>フォルダー(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View photo</source>
        <translation>写真を表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>Like: %1  ✕</source>
        <translation>似た写真: %1  ✕</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>ドロップした画像</translation>
    </message>
    <message>
        <source>Drop an image file to find similar photos, or a folder to add it.</source>
        <translation>画像ファイルをドロップすると似た写真を探し、フォルダーをドロップすると追加します。</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>写真を探しています…</translation>
    </message>
    <message>
        <source>Indexing %L1 of %L2</source>
        <translation>インデックス作成中 %L1 / %L2</translation>
    </message>
    <message>
        <source> · %1 photos/s</source>
        <translation> · %1 枚/秒</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · 残り %Ln 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n min left</source>
        <translation>
            <numerusform> · 残り %Ln 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %L1 of %L2 done</source>
        <translation>一時停止中 — %L1 / %L2 完了</translation>
    </message>
    <message numerus="yes">
        <source>Indexing stopped; everything finished so far is saved. %n photo(s) still to do — Library ▸ Resume indexing.</source>
        <translation>
            <numerusform>インデックス作成を停止しました。ここまでに終わった分は保存されています。残りは %Ln 枚です — ライブラリ ▸ インデックス作成を再開。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>インデックス作成</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>%1 は今どこにありますか?</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>写真フォルダーを追加</translation>
    </message>
    <message>
        <source>Indexing starts when the models are loaded.</source>
        <translation>モデルが読み込まれるとインデックス作成が始まります。</translation>
    </message>
    <message>
        <source>Trying the files that could not be read again…</source>
        <translation>読み込めなかったファイルを再試行しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) copied.</source>
        <translation>
            <numerusform>%Ln 件のパスをコピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n photo(s) to…</source>
        <translation>
            <numerusform>%Ln 枚の写真のコピー先…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n photo(s)…</source>
        <translation>
            <numerusform>%Ln 枚の写真をコピーしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied to %1.</source>
        <translation>
            <numerusform>%Ln 枚の写真を %1 へコピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash? You can restore them from the trash later.</source>
        <translation>
            <numerusform>%Ln 枚の写真をゴミ箱へ移動しますか? 後でゴミ箱から元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln 枚の写真をゴミ箱へ移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the models</source>
        <translation>モデルを待っています</translation>
    </message>
    <message>
        <source>The models are needed before searching</source>
        <translation>検索の前にモデルが必要です</translation>
    </message>
    <message>
        <source>LinguaLens needs its two models before it can search or index. They are not in %1 yet.</source>
        <translation>LinguaLens が検索やインデックス作成をするには 2 つのモデルが必要です。%1 にはまだありません。</translation>
    </message>
    <message>
        <source>The %1 models and their own library open at the next start.</source>
        <translation>%1 のモデルと専用のライブラリは次回の起動時に開きます。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>The library in %1 opens at the next start.</source>
        <translation>%1 のライブラリは次回の起動時に開きます。</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>既定の場所</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ModelSetupDialog</name>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message>
        <source>found, checked: %1</source>
        <translation>見つかりました (検証済み): %1</translation>
    </message>
    <message>
        <source>LinguaLens needs its models</source>
        <translation>LinguaLens にはモデルが必要です</translation>
    </message>
    <message>
        <source>&lt;p&gt;LinguaLens understands photos and text with two models: OpenAI&apos;s CLIP image model &lt;b&gt;RN50x4&lt;/b&gt; (about 400 MB) and the Multilingual-CLIP text model &lt;b&gt;M-BERT-Base-69&lt;/b&gt; with its head (about 700 MB). Download them into &lt;b&gt;%1&lt;/b&gt; (each file is checked; an interrupted download continues where it stopped), or choose the files you have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LinguaLens は 2 つのモデルで写真と言葉を理解します。OpenAI の CLIP の画像モデル &lt;b&gt;RN50x4&lt;/b&gt; (約 400 MB) と、Multilingual-CLIP のテキストモデル &lt;b&gt;M-BERT-Base-69&lt;/b&gt; とそのヘッド (約 700 MB) です。&lt;b&gt;%1&lt;/b&gt; にダウンロードするか (各ファイルは検証され、中断したダウンロードは途中から再開します)、手元にあるファイルを選んでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Image model (RN50x4.pt)</source>
        <translation>画像モデル (RN50x4.pt)</translation>
    </message>
    <message>
        <source>Text model (M-BERT-Base-69 folder)</source>
        <translation>テキストモデル (M-BERT-Base-69 フォルダー)</translation>
    </message>
    <message>
        <source>Text head (… Linear Weights.pkl)</source>
        <translation>テキストヘッド (… Linear Weights.pkl)</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>探しています…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>The M-BERT-Base-69 folder</source>
        <translation>M-BERT-Base-69 フォルダー</translation>
    </message>
    <message>
        <source>The image model</source>
        <translation>画像モデル</translation>
    </message>
    <message>
        <source>The text head</source>
        <translation>テキストヘッド</translation>
    </message>
    <message>
        <source>CLIP models (*.pt *.safetensors);;All files (*)</source>
        <translation>CLIP モデル (*.pt *.safetensors);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Text heads (*.pkl);;All files (*)</source>
        <translation>テキストヘッド (*.pkl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Mirror (optional):</source>
        <translation>ミラー (任意):</translation>
    </message>
    <message>
        <source>https://… a server with the same files, e.g. inside your network</source>
        <translation>https://… 同じファイルを置いたサーバー (例: 社内ネットワーク内)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Copy files I have…</source>
        <translation>手元のファイルをコピー…</translation>
    </message>
    <message>
        <source>Files from a USB stick, another computer or a browser download: they are checked and copied into the models folder</source>
        <translation>USB メモリー、別のコンピューター、ブラウザーでダウンロードしたファイル: 検証してモデルフォルダーにコピーします</translation>
    </message>
    <message>
        <source>Use these files</source>
        <translation>これらのファイルを使う</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>、%1/秒</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロードしています…</translation>
    </message>
    <message>
        <source>Choose the model files you have</source>
        <translation>手元のモデルファイルを選択</translation>
    </message>
    <message>
        <source>Model files (*.pt *.safetensors *.bin *.pkl *.json *.txt);;All files (*)</source>
        <translation>モデルファイル (*.pt *.safetensors *.bin *.pkl *.json *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking and copying…</source>
        <translation>検証してコピーしています…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>waiting (%1)</source>
        <translation>待機中 (%1)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 free on this disk)…</source>
        <translation>%1 をダウンロードしています (このディスクの空き: %2)…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロードしています…</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSizeRow</name>
    <message>
        <source>Ask size</source>
        <translation>サイズを確認</translation>
    </message>
    <message>
        <source>Asks the servers how large each of the pair&apos;s files is, without downloading them, and whether this disk has room</source>
        <translation>ダウンロードせずに、組み合わせの各ファイルのサイズをサーバーに問い合わせ、このディスクに空きがあるかを確認します</translation>
    </message>
    <message>
        <source>Download size: not asked yet.</source>
        <translation>ダウンロードサイズ: まだ確認していません。</translation>
    </message>
    <message>
        <source>Asking the servers…</source>
        <translation>サーバーに問い合わせています…</translation>
    </message>
    <message>
        <source>All its files are here: %1 on disk.</source>
        <translation>すべてのファイルがそろっています: ディスク上で %1。</translation>
    </message>
    <message>
        <source>The servers did not say how large its files are (is this computer offline?).</source>
        <translation>サーバーからファイルサイズが返ってきませんでした (このコンピューターはオフラインですか?)。</translation>
    </message>
    <message>
        <source>Download: %1 in all, %2 still to fetch.</source>
        <translation>ダウンロード: 合計 %1、残り %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not state a size.</source>
        <translation>
            <numerusform>%Ln 個のファイルはサイズが不明です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free on this disk.</source>
        <translation>このディスクの空き: %1。</translation>
    </message>
    <message>
        <source>Not enough room: %1 free on this disk.</source>
        <translation>空き容量が足りません: このディスクの空きは %1。</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(%1 に確認)</translation>
    </message>
    <message>
        <source>Could not ask: %1</source>
        <translation>問い合わせできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairSpeedRow</name>
    <message>
        <source>Measure</source>
        <translation>計測</translation>
    </message>
    <message>
        <source>Runs both models for a few seconds on this computer: images per second when indexing (decoding the photos comes on top), the time of one search, and the memory they take</source>
        <translation>このコンピューターで両方のモデルを数秒間動かします: インデックス作成時の 1 秒あたりの画像数 (写真のデコードは別途かかります)、1 回の検索時間、使用メモリー</translation>
    </message>
    <message>
        <source>Its speed can be measured once its files are here.</source>
        <translation>ファイルがそろうと速度を計測できます。</translation>
    </message>
    <message>
        <source>Measuring… (a few seconds; the computer is busy meanwhile)</source>
        <translation>計測しています… (数秒かかります。その間コンピューターは負荷がかかります)</translation>
    </message>
    <message>
        <source>On this computer: %1 images/s, %2 ms per search, %3 in memory (measured %4).</source>
        <translation>このコンピューターでは: %1 枚/秒、検索 1 回 %2 ミリ秒、メモリー %3 (%4 に計測)。</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>計測できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PairsView</name>
    <message>
        <source>Each pair is evaluated in its own space: accuracy and recall compare directly; the cosine to the reference says how close each pair keeps a translation to the reference caption in its own space.</source>
        <translation>各組み合わせはそれぞれ独自の空間で評価されます。正解率と再現率はそのまま比較できます。基準とのコサインは、各組み合わせが自身の空間で翻訳を基準キャプションにどれだけ近く保つかを示します。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>正解率 %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Text→image R@1 %1</source>
        <translation>テキスト→画像 R@1 %1</translation>
    </message>
    <message>
        <source>Cosine to reference %1</source>
        <translation>基準とのコサイン %1</translation>
    </message>
    <message>
        <source>Top-k overlap %1</source>
        <translation>上位 k の重なり %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>The two pairs have no language in common on this set.</source>
        <translation>このセットでは 2 つの組み合わせに共通の言語がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Mean accuracy over %n language(s): %1 with %2, %3 with %4.</source>
        <translation>
            <numerusform>%Ln 言語の平均正解率: %2 は %1、%4 は %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ahead in %2, %3 in %4, and they are even in %5.</source>
        <translation>%1 が %2 言語で上回り、%3 が %4 言語で上回り、%5 言語で同等です。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>写真ビューアー</translation>
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
        <translation>%1 を表示できません: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>←/→ browse · Z zoom · I details · F full screen · Esc back</source>
        <translation>←/→ 移動 · Z ズーム · I 詳細 · F 全画面 · Esc 戻る</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::PreviewPane</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>既定のアプリケーションで開く (Enter)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Open the folder that holds this photo</source>
        <translation>この写真が入っているフォルダーを開きます</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>ファイルのパスをコピー (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy the picture itself</source>
        <translation>画像そのものをコピー</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>似た写真を探す</translation>
    </message>
    <message>
        <source>Search for photos that look like this one</source>
        <translation>この写真に似た写真を検索します</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>写真を選ぶとここに表示されます。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>撮影日</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>関連度</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>この写真を表示できません: %1</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>%1 を開くアプリケーションが設定されていません。</translation>
    </message>
    <message>
        <source>The folder %1 is not there (unplugged or moved?).</source>
        <translation>フォルダー %1 がありません (取り外されたか、移動されましたか?)。</translation>
    </message>
    <message>
        <source>No file manager is set up to show %1.</source>
        <translation>%1 を表示するファイルマネージャーが設定されていません。</translation>
    </message>
    <message>
        <source>Path copied.</source>
        <translation>パスをコピーしました。</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>画像をコピーしました。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultDelegate</name>
    <message>
        <source>no preview</source>
        <translation>プレビューなし</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>%1
relevance %2</source>
        <translation>%1
関連度 %2</translation>
    </message>
    <message>
        <source>%1, relevance %2</source>
        <translation>%1、関連度 %2</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language
(after a restart)</source>
        <translation>言語
(再起動後)</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>既定の場所</translation>
    </message>
    <message>
        <source>Library folder
(after a restart)</source>
        <translation>ライブラリフォルダー
(再起動後)</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <source>CLIP weights (*.pt *.pth *.safetensors)</source>
        <translation>CLIP の重み (*.pt *.pth *.safetensors)</translation>
    </message>
    <message>
        <source>RN50x4.pt in the models folder</source>
        <translation>モデルフォルダー内の RN50x4.pt</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>画像モデル</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 in the models folder</source>
        <translation>モデルフォルダー内の M-BERT-Base-69</translation>
    </message>
    <message>
        <source>Text model folder</source>
        <translation>テキストモデルのフォルダー</translation>
    </message>
    <message>
        <source>Linear head (*.pkl)</source>
        <translation>線形ヘッド (*.pkl)</translation>
    </message>
    <message>
        <source>found in the text model folder</source>
        <translation>テキストモデルのフォルダーから検出</translation>
    </message>
    <message>
        <source>Text head</source>
        <translation>テキストヘッド</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>すべてのコア (%1)</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>計算スレッド</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>サムネイルのサイズ</translation>
    </message>
    <message>
        <source>Fast indexing (approximate)</source>
        <translation>高速インデックス作成 (近似)</translation>
    </message>
    <message>
        <source>Decodes JPEG photos at a reduced size: indexing is about 10 % faster, and the results differ slightly from the exact reference computation.</source>
        <translation>JPEG 写真を縮小サイズでデコードします。インデックス作成は約 10 % 速くなり、結果は厳密な基準計算とわずかに異なります。</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>インデックス作成</translation>
    </message>
    <message>
        <source>Compact text model (half precision)</source>
        <translation>コンパクトなテキストモデル (半精度)</translation>
    </message>
    <message>
        <source>Keeps the text model in half precision: about 170 MB less memory and faster searches; scores differ from the exact computation by about 0.1 %.</source>
        <translation>テキストモデルを半精度で保持します。メモリーが約 170 MB 少なく、検索が速くなります。スコアは厳密な計算と約 0.1 % 異なります。</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Read dates and places in queries</source>
        <translation>クエリ内の日付と場所を読み取る</translation>
    </message>
    <message>
        <source>“beach July 2023” or “Strand in Italien” shows only the photos of that time or place, and only “beach” goes to the text model. Off: every word is searched as text (words in quotation marks always are).</source>
        <translation>「海辺 2023年7月」や「Strand in Italien」はその時期や場所の写真だけを表示し、テキストモデルには「海辺」だけが渡されます。オフ: すべての単語をテキストとして検索します (引用符で囲んだ単語は常にそうなります)。</translation>
    </message>
    <message>
        <source>Everything applies at once when you press OK (new model files or threads reload the models; searches wait a few seconds meanwhile), except the language and the library folder, which apply at the next start.</source>
        <translation>OK を押すとすべてすぐに適用されます (新しいモデルファイルやスレッド数の変更ではモデルを再読み込みし、その間の検索は数秒待ちます)。ただし言語とライブラリフォルダーは次回の起動時に適用されます。</translation>
    </message>
    <message>
        <source>Model files chosen one by one below.</source>
        <translation>モデルファイルは下で個別に選択されています。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>Model pair</source>
        <translation>モデルの組み合わせ</translation>
    </message>
    <message>
        <source>%1 text model with the %2 image model, %3-dimensional.</source>
        <translation>テキストモデル %1 と画像モデル %2、%3 次元。</translation>
    </message>
    <message>
        <source>Published text-to-image recall@10 on XTD: English %1, German %2, Chinese %3, Japanese %4.</source>
        <translation>XTD で公表されたテキスト→画像の recall@10: 英語 %1、ドイツ語 %2、中国語 %3、日本語 %4。</translation>
    </message>
    <message>
        <source>Its files are in the models folder.</source>
        <translation>ファイルはモデルフォルダーにあります。</translation>
    </message>
    <message>
        <source>Its files are not in the models folder yet (lingualens-cli models download --model-pair %1).</source>
        <translation>ファイルはまだモデルフォルダーにありません (lingualens-cli models download --model-pair %1)。</translation>
    </message>
    <message>
        <source>A library holds the photos of one pair: a pair with another image model needs a library of its own.</source>
        <translation>ライブラリは 1 つの組み合わせの写真を保持します: 別の画像モデルを使う組み合わせには専用のライブラリが必要です。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Trained on captions in %1 languages; others work through what the text model learned of them.</source>
        <translation>%1 言語のキャプションで学習済み。その他の言語は、テキストモデルがそれらについて学んだ知識で動作します。</translation>
    </message>
</context>
<context>
    <name>lingualens::ui::UnderstoodChips</name>
    <message>
        <source>Only photos from:</source>
        <translation>次の写真だけ:</translation>
    </message>
    <message>
        <source>Understood from “%1”. Click to search without it.</source>
        <translation>「%1」から読み取りました。クリックするとこの条件なしで検索します。</translation>
    </message>
    <message>
        <source>Photos taken south of the equator: %1</source>
        <translation>赤道より南で撮影された写真: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Library folder.</source>
        <translation>ライブラリフォルダー。</translation>
    </message>
    <message>
        <source>Folder with the model files.</source>
        <translation>モデルファイルのフォルダー。</translation>
    </message>
    <message>
        <source>CLIP RN50x4 weights.</source>
        <translation>CLIP RN50x4 の重み。</translation>
    </message>
    <message>
        <source>M-BERT-Base-69 folder.</source>
        <translation>M-BERT-Base-69 のフォルダー。</translation>
    </message>
    <message>
        <source>Text head .pkl.</source>
        <translation>テキストヘッドの .pkl。</translation>
    </message>
    <message>
        <source>Keep the text model in half precision (less memory).</source>
        <translation>テキストモデルを半精度で保持します (メモリー節約)。</translation>
    </message>
    <message>
        <source>Run this query at start.</source>
        <translation>起動時にこのクエリを実行します。</translation>
    </message>
    <message>
        <source>Open the translation evaluation with this set and run it.</source>
        <translation>このセットで翻訳の評価を開いて実行します。</translation>
    </message>
    <message>
        <source>Print the time from launch to the first timeline thumbnails shown (or, with --search, to the first search result), then quit.</source>
        <translation>起動からタイムラインの最初のサムネイルが表示されるまで (--search 指定時は最初の検索結果まで) の時間を出力して終了します。</translation>
    </message>
    <message>
        <source>Search your photos by describing them, in any language.</source>
        <translation>写真を言葉で説明して探せます (どの言語でも)。</translation>
    </message>
    <message>
        <source>Images to search by (opened from a file manager).</source>
        <translation>検索に使う画像 (ファイルマネージャーから開いたもの)。</translation>
    </message>
</context>
</TS>
