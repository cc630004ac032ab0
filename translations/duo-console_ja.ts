<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AddOnPurchase</name>
    <message>
        <source>GitLab Duo Enterprise</source>
        <translation>GitLab Duo Enterprise</translation>
    </message>
    <message>
        <source>GitLab Duo Pro</source>
        <translation>GitLab Duo Pro</translation>
    </message>
    <message>
        <source>GitLab Duo Core</source>
        <translation>GitLab Duo Core</translation>
    </message>
    <message>
        <source>GitLab Duo with Amazon Q</source>
        <translation>GitLab Duo with Amazon Q</translation>
    </message>
    <message>
        <source>GitLab Duo Agent Platform Self-Hosted</source>
        <translation>GitLab Duo Agent Platform Self-Hosted</translation>
    </message>
    <message>
        <source>Product Analytics</source>
        <translation>Product Analytics</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 did not answer in time. Check that the instance is up, or raise the request timeout.</source>
        <translation>%1 が時間内に応答しませんでした。インスタンスが稼働していることを確認するか、リクエストのタイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the instance URL and your DNS or proxy settings.</source>
        <translation>ホスト名 %1 が見つかりませんでした。インスタンスの URL と、DNS またはプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the instance URL and port.</source>
        <translation>%1 が接続を拒否しました。インスタンスの URL とポートを確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>%1 への接続がタイムアウトしました。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>%1 との安全な接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>%1 への接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 was not found on this server. Check the instance URL.</source>
        <translation>このサーバー上に %1 が見つかりませんでした。インスタンスの URL を確認してください。</translation>
    </message>
    <message>
        <source>GitLab is rate limiting requests. Try again in a moment.</source>
        <translation>GitLab がリクエストのレートを制限しています。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>GitLab rejected the request: %1</source>
        <translation>GitLab がリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>GitLab answered with a server error (HTTP %1). Try again later, or check the instance&apos;s logs.</source>
        <translation>GitLab がサーバーエラー (HTTP %1) を返しました。後で再試行するか、インスタンスのログを確認してください。</translation>
    </message>
    <message>
        <source>GitLab answered with unexpected HTTP status %1.</source>
        <translation>GitLab が予期しない HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <source>GitLab redirected the request to another address (%1); the token was not sent there. If the instance moved, use its new URL.</source>
        <translation>GitLab がリクエストを別のアドレス (%1) にリダイレクトしました。トークンはそのアドレスには送信されていません。インスタンスが移転した場合は、新しい URL を使用してください。</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer was cut off before it was complete. A proxy or load balancer may have closed the connection; try again.</source>
        <translation>GitLab の応答が完了前に途切れました。プロキシまたはロードバランサーが接続を閉じた可能性があります。再試行してください。</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer could not be read (it is not valid JSON). A proxy may have changed or cut it.</source>
        <translation>GitLab の応答を読み取れませんでした (有効な JSON ではありません)。プロキシによって変更または切断された可能性があります。</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation>証明書が拒否されました</translation>
    </message>
    <message>
        <source>token refused</source>
        <translation>トークンが拒否されました</translation>
    </message>
    <message>
        <source>access refused</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>ライセンスがありません</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>無効なリクエスト</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>The access token lacks a scope this needs (accepted: %1). Create a token with the api and admin_mode scopes.</source>
        <translation>アクセストークンに、この操作に必要なスコープがありません (受け付けられるスコープ: %1)。api および admin_mode スコープを持つトークンを作成してください。</translation>
    </message>
    <message>
        <source>GitLab refused the request (%1). This needs an administrator&apos;s token; when Admin Mode is on, the token also needs the admin_mode scope.</source>
        <translation>GitLab がリクエストを拒否しました (%1)。この操作には管理者のトークンが必要です。Admin Mode が有効な場合は、トークンに admin_mode スコープも必要です。</translation>
    </message>
    <message>
        <source>GitLab says this does not exist or the token may not do it. Check that the token belongs to an administrator and has the api scope.</source>
        <translation>GitLab によると、対象が存在しないか、トークンにこの操作の権限がありません。トークンが管理者のものであり、api スコープを持っていることを確認してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid instance URL. Use the address you open GitLab with, such as https://gitlab.example.com.</source>
        <translation>「%1」は有効なインスタンス URL ではありません。GitLab を開くときのアドレス (例: https://gitlab.example.com) を使用してください。</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which would send the access token unencrypted. Use https://, or confirm http explicitly for this instance.</source>
        <translation>%1 は暗号化されていない http:// を使用しているため、アクセストークンが暗号化されずに送信されます。https:// を使用するか、このインスタンスで http を使用することを明示的に確認してください。</translation>
    </message>
    <message>
        <source>The instance URL must start with https://.</source>
        <translation>インスタンスの URL は https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before it answered. A change being sent may or may not have been applied; it is never sent twice blindly.</source>
        <translation>%1 への接続が応答前に閉じられました。送信中の変更は適用された可能性も、適用されていない可能性もあります。確認せずに 2 回送信することはありません。</translation>
    </message>
    <message>
        <source>%1 could not be reached through the proxy %2:%3 (%4). Check that the proxy is running and the instance&apos;s proxy setting.</source>
        <translation>プロキシ %2:%3 経由で %1 に到達できませんでした (%4)。プロキシが稼働していること、およびインスタンスのプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>The proxy refused the request: it needs a user name and password, or did not accept the ones stored for this instance. Check the proxy user and password.</source>
        <translation>プロキシがリクエストを拒否しました。ユーザー名とパスワードが必要か、このインスタンスに保存されているものが受け入れられませんでした。プロキシのユーザーとパスワードを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>GitLab is rate limiting requests and asks to wait until %1 (%n minute(s)). Try again then.</source>
        <translation>
            <numerusform>GitLab がリクエストのレートを制限しており、%1 まで (%n 分) 待つよう求めています。その後で再試行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>GitLab did not accept the access token (%1). Create a new personal access token with the api and admin_mode scopes and update the instance.</source>
        <translation>GitLab がアクセストークンを受け付けませんでした (%1)。api および admin_mode スコープを持つ新しいパーソナルアクセストークンを作成し、インスタンスを更新してください。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The instance to open.</source>
        <translation>開くインスタンス。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read a token for this run only from standard input.</source>
        <translation>今回の実行に限り、トークンを標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>Open the window.</source>
        <translation>ウィンドウを開きます。</translation>
    </message>
    <message>
        <source>--token-stdin needs -i NAME: the instance the token is for.</source>
        <translation>--token-stdin には -i NAME (トークンを使用するインスタンス) が必要です。</translation>
    </message>
    <message>
        <source>Standard input is not valid UTF-8: a token must be text.</source>
        <translation>標準入力が有効な UTF-8 ではありません。トークンはテキストである必要があります。</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <source>Skipped: a step it depends on failed.</source>
        <translation>スキップ: 依存先のステップが失敗しました。</translation>
    </message>
    <message>
        <source>Skipped: the steps it waits for could not be ordered.</source>
        <translation>スキップ: 待機対象のステップの順序を決定できませんでした。</translation>
    </message>
    <message>
        <source>The API key entered for this model could not be read from the keychain: %1</source>
        <translation>このモデルに入力された API キーをキーチェーンから読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>It uses a model that was not created: push that model&apos;s creation first, or choose another model.</source>
        <translation>作成されていないモデルを使用しています。先にそのモデルの作成をプッシュするか、別のモデルを選択してください。</translation>
    </message>
    <message>
        <source>%1
Nothing more was sent.</source>
        <translation>%1
これ以上は送信されていません。</translation>
    </message>
    <message>
        <source>%1
The changes being sent are kept; push again to check them against the server and finish.</source>
        <translation>%1
送信中だった変更は保持されています。再度プッシュすると、サーバーと照合して処理を完了します。</translation>
    </message>
    <message>
        <source>GitLab did not answer this step.</source>
        <translation>GitLab はこのステップに応答しませんでした。</translation>
    </message>
    <message>
        <source>Skipped: an earlier step of this change failed.</source>
        <translation>スキップ: この変更の前のステップが失敗しました。</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>interrupted: checked on the next push</source>
        <translation>中断: 次回のプッシュ時に確認</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>プッシュ済み</translation>
    </message>
</context>
<context>
    <name>ChangeCommands</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded change %1 (%2 %3).</source>
        <translation>変更 %1 を記録しました (%2 %3)。</translation>
    </message>
    <message numerus="yes">
        <source>Plan (%n step(s)); nothing was sent:</source>
        <translation>
            <numerusform>プラン (%n ステップ)。何も送信していません:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflict with the server and need a decision.</source>
        <translation>
            <numerusform>%n 件の変更がサーバーと競合しており、判断が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>  done    %1</source>
        <translation>  完了    %1</translation>
    </message>
    <message>
        <source>  FAILED  %1: %2</source>
        <translation>  失敗    %1: %2</translation>
    </message>
    <message>
        <source>  CONFLICT %1 %2: %3</source>
        <translation>  競合     %1 %2: %3</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>保留中の変更はありません。</translation>
    </message>
    <message>
        <source>A push needs the instance; it cannot run with --offline.</source>
        <translation>プッシュにはインスタンスへの接続が必要です。--offline では実行できません。</translation>
    </message>
    <message>
        <source>No pending change has an id starting with &apos;%1&apos;. &apos;duo-console changes list&apos; shows them.</source>
        <translation>ID が「%1」で始まる保留中の変更はありません。&apos;duo-console changes list&apos; で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Several changes have ids starting with &apos;%1&apos;: give more of the id.</source>
        <translation>ID が「%1」で始まる変更が複数あります。ID をもっと長く指定してください。</translation>
    </message>
    <message>
        <source>Usage: duo-console changes discard -i NAME [ID…|--all]</source>
        <translation>使用方法: duo-console changes discard -i NAME [ID…|--all]</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>%n 件の変更を破棄しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: duo-console changes resolve -i NAME ID FIELD --keep-mine|--take-server</source>
        <translation>使用方法: duo-console changes resolve -i NAME ID FIELD --keep-mine|--take-server</translation>
    </message>
    <message>
        <source>Change %1 has no conflict on &apos;%2&apos;. &apos;duo-console changes list&apos; shows the conflicts.</source>
        <translation>変更 %1 には「%2」の競合はありません。&apos;duo-console changes list&apos; で競合を表示できます。</translation>
    </message>
    <message>
        <source>Keeping your value for %1; push to apply it.</source>
        <translation>%1 は自分の値を保持します。適用するにはプッシュしてください。</translation>
    </message>
    <message>
        <source>Taking the server&apos;s value for %1.</source>
        <translation>%1 はサーバーの値を採用します。</translation>
    </message>
    <message>
        <source>A refresh needs the instance; it cannot run with --offline.</source>
        <translation>スナップショットの再取得にはインスタンスへの接続が必要です。--offline では実行できません。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容はありません。</translation>
    </message>
    <message>
        <source>Push it with &apos;duo-console changes push -i %1&apos;.</source>
        <translation>&apos;duo-console changes push -i %1&apos; でプッシュしてください。</translation>
    </message>
    <message>
        <source>As read from the server %1 (snapshot of %2).</source>
        <translation>%1 にサーバーから読み取った内容です (%2 時点のスナップショット)。</translation>
    </message>
    <message>
        <source>Snapshot taken: %1, %2.</source>
        <translation>スナップショットを取得しました: %1、%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 個のモデル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature setting(s)</source>
        <translation>
            <numerusform>%n 件の機能設定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesTreeModel</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Server → draft</source>
        <translation>サーバー → 下書き</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos;</source>
        <translation>モデル「%1」</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>AIネイティブ機能</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 を割り当て</translation>
    </message>
    <message>
        <source>AI gateway and Duo settings</source>
        <translation>AIゲートウェイと Duo の設定</translation>
    </message>
    <message>
        <source>changed on the server too</source>
        <translation>サーバー側でも変更済み</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(削除)</translation>
    </message>
    <message>
        <source>Its features</source>
        <translation>このモデルの機能</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(保持)</translation>
    </message>
    <message>
        <source>(new key, in the keychain)</source>
        <translation>(新しいキー、キーチェーン内)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(新規)</translation>
    </message>
    <message>
        <source>Model allowlist of %1</source>
        <translation>%1 のモデル許可リスト</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>No instance has been added yet. Add one with &apos;duo-console instance add&apos;.</source>
        <translation>インスタンスがまだ追加されていません。&apos;duo-console instance add&apos; で追加してください。</translation>
    </message>
    <message>
        <source>Several instances exist: choose one with -i NAME.</source>
        <translation>複数のインスタンスがあります。-i NAME で 1 つ選択してください。</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;. &apos;duo-console instance list&apos; shows them.</source>
        <translation>「%1」という名前のインスタンスはありません。&apos;duo-console instance list&apos; で一覧を表示できます。</translation>
    </message>
    <message>
        <source>-i needs an instance name; &apos;duo-console instance list&apos; shows them.</source>
        <translation>-i にはインスタンス名が必要です。&apos;duo-console instance list&apos; で一覧を表示できます。</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation>--token-stdin が指定されましたが、標準入力にトークンがありませんでした。</translation>
    </message>
    <message>
        <source>No token is stored for &apos;%1&apos;. Store one with &apos;duo-console instance token %1 --token-stdin&apos;.</source>
        <translation>「%1」のトークンが保存されていません。&apos;duo-console instance token %1 --token-stdin&apos; で保存してください。</translation>
    </message>
    <message>
        <source>To use a token for this run only, pass it with --token-stdin.</source>
        <translation>今回の実行に限りトークンを使用するには、--token-stdin で渡してください。</translation>
    </message>
    <message>
        <source>Standard input is not valid UTF-8: a token or key must be text.</source>
        <translation>標準入力が有効な UTF-8 ではありません。トークンやキーはテキストである必要があります。</translation>
    </message>
    <message>
        <source>--refresh reads the server; it cannot run with --offline.</source>
        <translation>--refresh はサーバーから読み取るため、--offline では実行できません。</translation>
    </message>
    <message>
        <source>%1 was never read from the server, and --offline forbids reading it now: run &apos;duo-console refresh -i %1&apos; first.</source>
        <translation>%1 はまだ一度もサーバーから読み取られておらず、--offline のため今は読み取れません。先に &apos;duo-console refresh -i %1&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Without arguments, duo-console opens its window.</source>
        <translation>引数なしで実行すると、duo-console はウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>終了コード:</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  成功</translation>
    </message>
    <message>
        <source>  1  failure (the reason is printed on standard error)</source>
        <translation>  1  失敗 (理由は標準エラー出力に表示されます)</translation>
    </message>
    <message>
        <source>  2  usage error</source>
        <translation>  2  使用方法の誤り</translation>
    </message>
    <message>
        <source>  3  conflicts need a decision</source>
        <translation>  3  競合があり、判断が必要</translation>
    </message>
    <message>
        <source>Duo Console: manage GitLab Duo Self-Hosted models, AI-native features and the AI gateway from the desktop or from scripts.</source>
        <translation>Duo Console: GitLab Duo Self-Hosted のモデル、AIネイティブ機能、AIゲートウェイを、デスクトップまたはスクリプトから管理します。</translation>
    </message>
    <message>
        <source>Run &apos;duo-console --help&apos; for usage.</source>
        <translation>使用方法は &apos;duo-console --help&apos; で確認してください。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Add a GitLab instance; the token goes to the system keychain.</source>
        <translation>GitLab インスタンスを追加します。トークンはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>List the instances (never their tokens).</source>
        <translation>インスタンスを一覧表示します (トークンは表示しません)。</translation>
    </message>
    <message>
        <source>Remove an instance, its token and its local data.</source>
        <translation>インスタンスとそのトークン、ローカルデータを削除します。</translation>
    </message>
    <message>
        <source>Replace the stored token of an instance.</source>
        <translation>インスタンスの保存済みトークンを置き換えます。</translation>
    </message>
    <message>
        <source>Open the window on an instance; with --token-stdin, use a token for this run only, kept in memory.</source>
        <translation>インスタンスのウィンドウを開きます。--token-stdin を指定すると、今回の実行に限りトークンをメモリ上に保持して使用します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Record a new self-hosted model, and push it.</source>
        <translation>新しいセルフホストモデルを記録し、プッシュします。</translation>
    </message>
    <message>
        <source>Record changes to a model (by id or name), and push them.</source>
        <translation>モデル (ID または名前で指定) への変更を記録し、プッシュします。</translation>
    </message>
    <message>
        <source>Record the deletion of a model; features it serves are moved to OTHER or disabled first.</source>
        <translation>モデルの削除を記録します。そのモデルが提供している機能は、先に OTHER に移動されるか無効になります。</translation>
    </message>
    <message>
        <source>The changes not yet pushed, with their status.</source>
        <translation>まだプッシュしていない変更とその状態。</translation>
    </message>
    <message>
        <source>Check the changes against the server and push them in batches; --dry-run prints the plan. Exit code 3: conflicts need a decision.</source>
        <translation>変更をサーバーと照合し、バッチ単位でプッシュします。--dry-run ではプランを表示します。終了コード 3: 競合があり、判断が必要です。</translation>
    </message>
    <message>
        <source>Forget changes that were not pushed.</source>
        <translation>プッシュしていない変更を破棄します。</translation>
    </message>
    <message>
        <source>Take a new snapshot of the server: every model, feature setting and the Duo settings.</source>
        <translation>サーバーの新しいスナップショットを取得します: すべてのモデル、機能設定、Duo の設定。</translation>
    </message>
    <message>
        <source>Settle a conflict on one field: keep your value, or take the server&apos;s.</source>
        <translation>1 つのフィールドの競合を解決します: 自分の値を保持するか、サーバーの値を採用します。</translation>
    </message>
    <message>
        <source>Change an instance&apos;s name or connection settings, with the same checks as instance add.</source>
        <translation>インスタンスの名前または接続設定を変更します。instance add と同じチェックが行われます。</translation>
    </message>
    <message>
        <source>The self-hosted models with pending changes applied (* marks them); read from the server when never read before, or with --refresh.</source>
        <translation>保留中の変更を適用したセルフホストモデル (変更のあるものに * が付きます)。一度も読み取っていない場合、または --refresh を指定した場合はサーバーから読み取ります。</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8: arguments must be text.</source>
        <translation>引数 %1 が有効な UTF-8 ではありません。引数はテキストである必要があります。</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;duo-console %2&apos;. Run &apos;duo-console --help&apos; for usage.</source>
        <translation>--%1 は &apos;duo-console %2&apos; には使用できません。使用方法は &apos;duo-console --help&apos; で確認してください。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout には 1～600 の秒数を指定します。</translation>
    </message>
    <message>
        <source>Test a model&apos;s connection from GitLab (its own check) and from this computer (GET /v1/models); exit code 1 when either fails.</source>
        <translation>GitLab から (GitLab 自身のチェック) と、このコンピューターから (GET /v1/models) モデルの接続をテストします。いずれかが失敗した場合、終了コードは 1 になります。</translation>
    </message>
    <message>
        <source>The AI-native features the instance lists, by section, and what each uses, with pending changes applied (* marks them); read from the server when never read before, or with --refresh.</source>
        <translation>インスタンスの AIネイティブ機能と、それぞれが使用するものを、保留中の変更を適用した状態でセクションごとに表示します (変更のあるものに * が付きます)。一度も読み取っていない場合、または --refresh を指定した場合はサーバーから読み取ります。</translation>
    </message>
    <message>
        <source>Record what the features use (FEATURE as GitLab names it, such as code_generations; MODEL by id or name), and push it.</source>
        <translation>機能が使用するものを記録し (FEATURE は GitLab での名前で指定。例: code_generations。MODEL は ID または名前で指定)、プッシュします。</translation>
    </message>
    <message>
        <source>Record a feature&apos;s GitLab-managed model allowlist (GitLab 19.1 and later), and push it: --enable allows the models REF… (without REF, the list stays as it is) besides the one in use; --disable allows them all.</source>
        <translation>機能の GitLab 管理モデルの許可リストを記録し (GitLab 19.1 以降)、プッシュします。--enable では、使用中のモデルに加えて REF… のモデルを許可します (REF を省略するとリストはそのままです)。--disable ではすべてのモデルを許可します。</translation>
    </message>
    <message>
        <source>The Duo hosting settings: the AI gateway URL and timeout, the Agent Platform service and its TLS (* marks pending changes); before 17.9, the gitlab.rb lines that set the URL. --check also asks the gateway from this computer and runs GitLab&apos;s own probes; exit code 1 when one fails.</source>
        <translation>Duo のホスティング設定: AIゲートウェイの URL とタイムアウト、Agent Platform サービスとその TLS (保留中の変更には * が付きます)。17.9 より前では、URL を設定する gitlab.rb の行を表示します。--check を指定すると、このコンピューターからゲートウェイにも問い合わせ、GitLab 自身のプローブを実行します。いずれかが失敗した場合、終了コードは 1 になります。</translation>
    </message>
    <message>
        <source>Record new Duo hosting settings (only those given), and push them.</source>
        <translation>新しい Duo のホスティング設定 (指定したもののみ) を記録し、プッシュします。</translation>
    </message>
    <message>
        <source>The license, its history and the subscriptions to come, the Duo add-ons and their seats, and whether self-hosted models are available, with what to do when not.</source>
        <translation>ライセンスとその履歴、今後のサブスクリプション、Duo アドオンとそのシート、およびセルフホストモデルが利用可能かどうかと、利用できない場合の対処方法。</translation>
    </message>
    <message>
        <source>Connect and show the version, user, token, license, Duo add-ons, API shape and whether self-hosted models are allowed; with --check, run the setup check (exit code 1 when an item fails; --all tests every model, not only those features use).</source>
        <translation>インスタンスに接続し、バージョン、ユーザー、トークン、ライセンス、Duo アドオン、API 形態、およびセルフホストモデルが許可されているかどうかを表示します。--check を指定すると、セットアップチェックを実行します (いずれかの項目が失敗した場合、終了コードは 1 になります。--all を指定すると、機能で使用しているモデルだけでなく、すべてのモデルをテストします)。</translation>
    </message>
    <message>
        <source>The instance profile to use.</source>
        <translation>使用するインスタンスプロファイル。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of text.</source>
        <translation>テキストの代わりに機械可読な JSON を出力します。</translation>
    </message>
    <message>
        <source>Work on the local snapshot; contact no server.</source>
        <translation>ローカルのスナップショットで作業し、サーバーには接続しません。</translation>
    </message>
    <message>
        <source>Log what happens on standard error.</source>
        <translation>処理の経過を標準エラー出力に記録します。</translation>
    </message>
    <message>
        <source>The instance&apos;s address (instance add, edit); the AI gateway&apos;s (gateway set).</source>
        <translation>インスタンスのアドレス (instance add, edit)、または AIゲートウェイのアドレス (gateway set)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from standard input.</source>
        <translation>アクセストークンを標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust as well.</source>
        <translation>追加で信頼する認証局 (CA) の PEM ファイル。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Trust only the system&apos;s certificate authorities.</source>
        <translation>システムの認証局のみを信頼します。</translation>
    </message>
    <message>
        <source>none, system (the default) or HOST:PORT.</source>
        <translation>none、system (デフォルト)、または HOST:PORT。</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>The user name a manual proxy asks for.</source>
        <translation>手動プロキシが要求するユーザー名。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Read the proxy&apos;s password from standard input (after the token, if --token-stdin); it goes to the system keychain.</source>
        <translation>プロキシのパスワードを標準入力から読み取ります (--token-stdin の場合はトークンの後)。パスワードはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (instance add, edit; for one run elsewhere).</source>
        <translation>各リクエストの待機秒数 (instance add, edit では保存され、その他のコマンドでは今回の実行にのみ適用されます)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Accept a plain http:// URL (the token then travels unencrypted).</source>
        <translation>暗号化されていない http:// の URL を受け入れます (その場合、トークンは暗号化されずに送信されます)。</translation>
    </message>
    <message>
        <source>A name: a model&apos;s deployment name, an instance&apos;s new name.</source>
        <translation>名前: モデルのデプロイ名、またはインスタンスの新しい名前。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Model family, such as MISTRAL or CLAUDE_3.</source>
        <translation>モデルファミリー (MISTRAL、CLAUDE_3 など)。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Endpoint of the model server.</source>
        <translation>モデルサーバーのエンドポイント。</translation>
    </message>
    <message>
        <source>Model identifier, such as custom_openai/model.</source>
        <translation>モデル識別子 (custom_openai/model など)。</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Where the model runs: api, bedrock or vertex-ai.</source>
        <translation>モデルの実行場所: api、bedrock、または vertex-ai。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Read the model&apos;s API key from standard input (after the token, if --token-stdin).</source>
        <translation>モデルの API キーを標準入力から読み取ります (--token-stdin の場合はトークンの後)。</translation>
    </message>
    <message>
        <source>Record the change only; push it later.</source>
        <translation>変更を記録するだけにし、プッシュは後で行います。</translation>
    </message>
    <message>
        <source>Read the server first (models list, features list, gateway show).</source>
        <translation>先にサーバーから読み取ります (models list, features list, gateway show)。</translation>
    </message>
    <message>
        <source>The self-hosted model the features use, by id or name (features set).</source>
        <translation>機能で使用するセルフホストモデル。ID または名前で指定します (features set)。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Turn the features off (features set).</source>
        <translation>機能を無効にします (features set)。</translation>
    </message>
    <message>
        <source>The features use a GitLab-managed model: GitLab&apos;s default, or --model-ref&apos;s (features set).</source>
        <translation>機能で GitLab 管理モデルを使用します: GitLab のデフォルト、または --model-ref で指定したモデル (features set)。</translation>
    </message>
    <message>
        <source>The GitLab-managed model, such as claude_sonnet_4_20250514 (features set --vendored).</source>
        <translation>GitLab 管理モデル。例: claude_sonnet_4_20250514 (features set --vendored)。</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Turn the model allowlist on, allowing the models named (features allowlist).</source>
        <translation>モデル許可リストを有効にし、指定したモデルを許可します (features allowlist)。</translation>
    </message>
    <message>
        <source>Turn the model allowlist off: every model is allowed (features allowlist).</source>
        <translation>モデル許可リストを無効にし、すべてのモデルを許可します (features allowlist)。</translation>
    </message>
    <message>
        <source>The model that takes over a deleted model&apos;s features.</source>
        <translation>削除するモデルの機能を引き継ぐモデル。</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <source>Disable the features a deleted model serves.</source>
        <translation>削除するモデルが提供している機能を無効にします。</translation>
    </message>
    <message>
        <source>Check the AI gateway from this computer and run GitLab&apos;s own probes (gateway show); run the whole setup check (status).</source>
        <translation>このコンピューターから AIゲートウェイをチェックし、GitLab 自身のプローブを実行します (gateway show)。セットアップチェック全体を実行します (status)。</translation>
    </message>
    <message>
        <source>Seconds GitLab waits for the AI gateway, from 60 to 600 (gateway set; GitLab 18.6 and later).</source>
        <translation>GitLab が AIゲートウェイの応答を待機する秒数。60～600 で指定します (gateway set、GitLab 18.6 以降)。</translation>
    </message>
    <message>
        <source>The Agent Platform service&apos;s host and port, without a scheme (gateway set; GitLab 18.4 and later).</source>
        <translation>Agent Platform サービスのホストとポート。スキームは付けません (gateway set、GitLab 18.4 以降)。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>on or off: whether GitLab uses TLS for the Agent Platform service (gateway set; GitLab 19.x).</source>
        <translation>on または off: GitLab が Agent Platform サービスに TLS を使用するかどうか (gateway set、GitLab 19.x)。</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Print the push plan; send nothing.</source>
        <translation>プッシュのプランを表示し、何も送信しません。</translation>
    </message>
    <message>
        <source>Stop a push at the first step GitLab refuses.</source>
        <translation>GitLab が最初にステップを拒否した時点でプッシュを停止します。</translation>
    </message>
    <message>
        <source>Every pending change (changes discard); every model (status --check).</source>
        <translation>すべての保留中の変更 (changes discard)、すべてのモデル (status --check)。</translation>
    </message>
    <message>
        <source>Settle a conflict with your value (changes resolve).</source>
        <translation>自分の値で競合を解決します (changes resolve)。</translation>
    </message>
    <message>
        <source>Settle a conflict with the server&apos;s value (changes resolve).</source>
        <translation>サーバーの値で競合を解決します (changes resolve)。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[コマンド]</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Token for this session</source>
        <translation>このセッション用のトークン</translation>
    </message>
    <message>
        <source>Personal access token, kept in memory for this session</source>
        <translation>パーソナルアクセストークン (このセッションの間だけメモリに保持)</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>このセッションで使用</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Edit instance…</source>
        <translation>インスタンスを編集…</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>インスタンスを編集</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workspace %1 is read-only, and it holds changes not yet merged into the file (%1-wal): Duo Console cannot read them safely without write access. Make the file and its folder writable.</source>
        <translation>ワークスペース %1 は読み取り専用で、まだファイルに統合されていない変更 (%1-wal) が含まれています。書き込みアクセスがないと、Duo Console はそれらを安全に読み取れません。ファイルとそのフォルダーを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only and was written by an older Duo Console: it must be writable once to be brought up to date.</source>
        <translation>ワークスペース %1 は読み取り専用で、古い Duo Console によって書き込まれています。最新の形式に更新するには、一度書き込み可能にする必要があります。</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>ワークスペース %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is empty (0 bytes): it was emptied or cut off outside Duo Console, so its pending changes are lost or elsewhere. It was left as it is; move it aside to start a new workspace.</source>
        <translation>ワークスペース %1 は空です (0 バイト)。Duo Console の外部で空にされたか切り詰められたため、保留中の変更は失われたか、別の場所にあります。ワークスペースはそのまま残してあります。新しいワークスペースを開始するには、このファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The workspace %1 is not an SQLite database: it was overwritten outside Duo Console. It was left as it is; move it aside to start a new workspace.</source>
        <translation>ワークスペース %1 は SQLite データベースではありません。Duo Console の外部で上書きされています。ワークスペースはそのまま残してあります。新しいワークスペースを開始するには、このファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The workspace %1 is truncated: it holds %2 bytes of the %3 it should. It was left as it is; restore it from a backup, or move it aside to start a new workspace.</source>
        <translation>ワークスペース %1 は切り詰められています。本来 %3 バイトあるはずが、%2 バイトしかありません。ワークスペースはそのまま残してあります。バックアップから復元するか、新しいワークスペースを開始するためにこのファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: its folder is not writable.</source>
        <translation>ワークスペース %1 を作成できません。フォルダーに書き込めません。</translation>
    </message>
    <message>
        <source>The workspace %1 could not be put in place.</source>
        <translation>ワークスペース %1 を所定の場所に配置できませんでした。</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Duo Console (schema %2; this one knows %3). Use the newer version.</source>
        <translation>ワークスペース %1 は新しい Duo Console によって書き込まれています (スキーマ %2。このバージョンが認識できるのはスキーマ %3 です)。新しいバージョンを使用してください。</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Duo Console workspace (schema %2, tables: %3). It was left as it is; move it aside to start a new workspace.</source>
        <translation>ファイル %1 は SQLite データベースですが、Duo Console のワークスペースではありません (スキーマ %2、テーブル: %3)。ファイルはそのまま残してあります。新しいワークスペースを開始するには、このファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (the file, its folder or its file system cannot be written): nothing can be recorded, discarded or pushed until it is writable. Pending changes can still be listed.</source>
        <translation>ワークスペース %1 は読み取り専用です (ファイル、そのフォルダー、またはファイルシステムに書き込めません)。書き込み可能になるまで、変更の記録、破棄、プッシュはできません。保留中の変更の一覧表示は引き続き可能です。</translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full: the change was not saved. Free some space and try again; nothing recorded before was lost.</source>
        <translation>ワークスペース %1 があるディスクに空き容量がありません。変更は保存されませんでした。空き容量を確保してから再試行してください。これまでに記録した内容は失われていません。</translation>
    </message>
    <message>
        <source>The workspace %1 stayed locked by another Duo Console process (a window or a command) for more than 5 seconds. Try again when it has finished.</source>
        <translation>ワークスペース %1 が、別の Duo Console プロセス (ウィンドウまたはコマンド) によって 5 秒以上ロックされたままでした。そのプロセスが終了してから再試行してください。</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite: %2). It was left as it is; restore it from a backup, or move it aside to start a new workspace.</source>
        <translation>ワークスペース %1 は破損しています (SQLite: %2)。ワークスペースはそのまま残してあります。バックアップから復元するか、新しいワークスペースを開始するためにこのファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The workspace %1 is not an SQLite database. It was left as it is; move it aside to start a new workspace.</source>
        <translation>ワークスペース %1 は SQLite データベースではありません。ワークスペースはそのまま残してあります。新しいワークスペースを開始するには、このファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read or written: %2</source>
        <translation>ワークスペース %1 を読み書きできませんでした: %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be brought up to date: %2</source>
        <translation>ワークスペース %1 を最新の形式に更新できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>DraftRules</name>
    <message>
        <source>A model named &apos;%1&apos; already exists. Please enter a unique deployment name.</source>
        <translation>「%1」という名前のモデルはすでに存在します。一意のデプロイ名を入力してください。</translation>
    </message>
    <message>
        <source>There is no model &apos;%1&apos;.</source>
        <translation>モデル「%1」はありません。</translation>
    </message>
    <message>
        <source>Choose another existing model to take over the features.</source>
        <translation>機能を引き継ぐ、別の既存モデルを選択してください。</translation>
    </message>
    <message>
        <source>%1 cannot serve %2: its family is not compatible with that feature.</source>
        <translation>%1 は %2 を提供できません: そのファミリーはこの機能と互換性がありません。</translation>
    </message>
    <message>
        <source>%1 still serves %2. Choose a model to take these features over, or disable them.</source>
        <translation>%1 はまだ %2 を提供しています。これらの機能を引き継ぐモデルを選択するか、機能を無効にしてください。</translation>
    </message>
    <message>
        <source>The provider must be one of: %1.</source>
        <translation>プロバイダーは次のいずれかである必要があります: %1。</translation>
    </message>
    <message>
        <source>Choose an existing self-hosted model for these features.</source>
        <translation>これらの機能に使用する既存のセルフホストモデルを選択してください。</translation>
    </message>
    <message>
        <source>At least one feature is required.</source>
        <translation>少なくとも 1 つの機能が必要です。</translation>
    </message>
    <message>
        <source>This instance has no feature %1.</source>
        <translation>このインスタンスには機能 %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is incompatible with the %2 feature.</source>
        <translation>%1 は %2 機能と互換性がありません。</translation>
    </message>
    <message>
        <source>This change has no conflict on &apos;%1&apos;.</source>
        <translation>この変更には「%1」の競合はありません。</translation>
    </message>
    <message>
        <source>GitLab keeps no endpoint for models on %1: leave it out.</source>
        <translation>GitLab は %1 上のモデルのエンドポイントを保存しません。指定しないでください。</translation>
    </message>
    <message>
        <source>This instance has no model allowlists (GitLab 19.1 and later have them).</source>
        <translation>このインスタンスにはモデル許可リストがありません (GitLab 19.1 以降で利用できます)。</translation>
    </message>
    <message>
        <source>Model allowlists are not supported for the feature &apos;%1&apos;.</source>
        <translation>機能「%1」ではモデル許可リストはサポートされていません。</translation>
    </message>
    <message>
        <source>GitLab offers no model &apos;%1&apos; for this feature&apos;s allowlist. It offers: %2.</source>
        <translation>GitLab はこの機能の許可リスト用にモデル「%1」を提供していません。提供されているモデル: %2。</translation>
    </message>
    <message>
        <source>This instance cannot choose a GitLab managed model per feature (GitLab 18.3 and later can).</source>
        <translation>このインスタンスでは、機能ごとに GitLab 管理モデルを選択できません (GitLab 18.3 以降で選択できます)。</translation>
    </message>
    <message>
        <source>GitLab does not offer the model %1 for the %2 feature.</source>
        <translation>GitLab は %2 機能用にモデル %1 を提供していません。</translation>
    </message>
</context>
<context>
    <name>EmptyStatePane</name>
    <message>
        <source>Add instance…</source>
        <translation>インスタンスを追加…</translation>
    </message>
    <message>
        <source>Add a GitLab instance</source>
        <translation>GitLab インスタンスを追加</translation>
    </message>
</context>
<context>
    <name>EndpointProbe</name>
    <message>
        <source>The endpoint is not an http:// or https:// URL.</source>
        <translation>エンドポイントが http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>The name %1 could not be found from this computer.</source>
        <translation>このコンピューターからは名前 %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the model server running, and on this port?</source>
        <translation>%1 が接続を拒否しました。モデルサーバーは稼働していますか? また、このポートで待ち受けていますか?</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The model server&apos;s certificate was refused: %1</source>
        <translation>モデルサーバーの証明書が拒否されました: %1</translation>
    </message>
    <message>
        <source>The model server refused the API key (HTTP 401): check the key.</source>
        <translation>モデルサーバーが API キーを拒否しました (HTTP 401)。キーを確認してください。</translation>
    </message>
    <message>
        <source>The model server has no %1 (HTTP 404): check the endpoint&apos;s path; OpenAI-compatible servers answer under /v1.</source>
        <translation>モデルサーバーに %1 がありません (HTTP 404)。エンドポイントのパスを確認してください。OpenAI 互換サーバーは /v1 の下で応答します。</translation>
    </message>
    <message>
        <source>%1 could not be reached from this computer: %2</source>
        <translation>このコンピューターから %1 に到達できませんでした: %2</translation>
    </message>
    <message>
        <source>The model server refused the API key (HTTP %1): check the key.</source>
        <translation>モデルサーバーが API キーを拒否しました (HTTP %1)。キーを確認してください。</translation>
    </message>
    <message>
        <source>The model server answered HTTP %1.</source>
        <translation>モデルサーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The model server answered HTTP %1 (a redirect): use the address it redirects to as the endpoint.</source>
        <translation>モデルサーバーが HTTP %1 (リダイレクト) を返しました。リダイレクト先のアドレスをエンドポイントとして使用してください。</translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models: is it an OpenAI-compatible server?</source>
        <translation>サーバーは応答しましたが、モデルの一覧は返されませんでした。OpenAI 互換のサーバーですか?</translation>
    </message>
    <message>
        <source>Reached from this computer: it serves %1.</source>
        <translation>このコンピューターから到達できました。提供しているモデル: %1。</translation>
    </message>
</context>
<context>
    <name>EnumNames</name>
    <message>
        <source>Mistral Codestral</source>
        <translation>Mistral Codestral</translation>
    </message>
    <message>
        <source>Mistral</source>
        <translation>Mistral</translation>
    </message>
    <message>
        <source>Mixtral</source>
        <translation>Mixtral</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>GPT</source>
        <translation>GPT</translation>
    </message>
    <message>
        <source>Llama 3</source>
        <translation>Llama 3</translation>
    </message>
    <message>
        <source>CodeGemma</source>
        <translation>CodeGemma</translation>
    </message>
    <message>
        <source>Code Llama</source>
        <translation>Code Llama</translation>
    </message>
    <message>
        <source>DeepSeek Coder</source>
        <translation>DeepSeek Coder</translation>
    </message>
    <message>
        <source>General</source>
        <translation>汎用</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>Qwen</source>
        <translation>Qwen</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Amazon Bedrock</source>
        <translation>Amazon Bedrock</translation>
    </message>
    <message>
        <source>Google Vertex AI</source>
        <translation>Google Vertex AI</translation>
    </message>
    <message>
        <source>Generally available</source>
        <translation>一般提供</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>ベータ</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Code Completion</source>
        <translation>コード補完</translation>
    </message>
    <message>
        <source>Code Generation</source>
        <translation>コード生成</translation>
    </message>
    <message>
        <source>General Chat</source>
        <translation>一般チャット</translation>
    </message>
    <message>
        <source>Code Explanation</source>
        <translation>コードの説明</translation>
    </message>
    <message>
        <source>Test Generation</source>
        <translation>テスト生成</translation>
    </message>
    <message>
        <source>Refactor Code</source>
        <translation>コードのリファクタリング</translation>
    </message>
    <message>
        <source>Fix Code</source>
        <translation>コードの修正</translation>
    </message>
    <message>
        <source>Root Cause Analysis</source>
        <translation>根本原因分析</translation>
    </message>
    <message>
        <source>Vulnerability Explanation</source>
        <translation>脆弱性の説明</translation>
    </message>
    <message>
        <source>Discussion Summary</source>
        <translation>ディスカッションの要約</translation>
    </message>
    <message>
        <source>Merge Commit Message Generation</source>
        <translation>マージコミットメッセージの生成</translation>
    </message>
    <message>
        <source>Merge Request Summary</source>
        <translation>マージリクエストの要約</translation>
    </message>
    <message>
        <source>Code Review Summary</source>
        <translation>コードレビューの要約</translation>
    </message>
    <message>
        <source>Non-Agentic Code Review</source>
        <translation>非エージェント型コードレビュー</translation>
    </message>
    <message>
        <source>GitLab Duo for CLI</source>
        <translation>CLI 向け GitLab Duo</translation>
    </message>
    <message>
        <source>Vulnerability Resolution</source>
        <translation>脆弱性の解決</translation>
    </message>
    <message>
        <source>Agents &amp; flows</source>
        <translation>エージェントとフロー</translation>
    </message>
    <message>
        <source>Agentic Chat</source>
        <translation>エージェント型チャット</translation>
    </message>
    <message>
        <source>Code Review</source>
        <translation>コードレビュー</translation>
    </message>
    <message>
        <source>Secret Detection False Positive Detection</source>
        <translation>シークレット検出の誤検出判定</translation>
    </message>
    <message>
        <source>SAST False Positive Detection</source>
        <translation>SAST の誤検出判定</translation>
    </message>
    <message>
        <source>SAST Vulnerability Resolution</source>
        <translation>SAST 脆弱性の解決</translation>
    </message>
    <message>
        <source>Security Review</source>
        <translation>セキュリティレビュー</translation>
    </message>
    <message>
        <source>Feature Discovery Search</source>
        <translation>機能ディスカバリー検索</translation>
    </message>
    <message>
        <source>Resolve Dependency Bump</source>
        <translation>依存関係の更新の解決</translation>
    </message>
    <message>
        <source>Developer Flow</source>
        <translation>開発者フロー</translation>
    </message>
    <message>
        <source>%1 (new in this GitLab version)</source>
        <translation>%1 (この GitLab バージョンで新規)</translation>
    </message>
    <message>
        <source>%1 (Beta)</source>
        <translation>%1 (ベータ)</translation>
    </message>
    <message>
        <source>%1 (from the identifier)</source>
        <translation>%1 (識別子から推定)</translation>
    </message>
    <message>
        <source>All agents, except Agentic Chat</source>
        <translation>Agentic Chat 以外のすべてのエージェント</translation>
    </message>
</context>
<context>
    <name>FeatureCommands</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model allowlist on: %1</source>
        <translation>モデル許可リスト有効: %1</translation>
    </message>
    <message>
        <source>Model allowlist off: every GitLab-managed model is allowed.</source>
        <translation>モデル許可リスト無効: すべての GitLab 管理モデルが許可されます。</translation>
    </message>
    <message>
        <source>This instance lists no AI-native features.</source>
        <translation>このインスタンスには AIネイティブ機能がありません。</translation>
    </message>
    <message>
        <source>%1 lists no feature %2: &apos;duo-console features list -i %1&apos; shows the features it has.</source>
        <translation>%1 には機能 %2 がありません。&apos;duo-console features list -i %1&apos; で、利用できる機能を表示できます。</translation>
    </message>
    <message>
        <source>This instance cannot choose a GitLab-managed model per feature (GitLab 18.3 and later can): leave out --model-ref to use GitLab&apos;s default.</source>
        <translation>このインスタンスでは、機能ごとに GitLab 管理モデルを選択できません (GitLab 18.3 以降で選択できます)。--model-ref を省略して GitLab のデフォルトを使用してください。</translation>
    </message>
    <message>
        <source>No self-hosted model has the name or id &apos;%1&apos;: &apos;duo-console models list -i %2&apos; shows them.</source>
        <translation>名前または ID が「%1」のセルフホストモデルはありません。&apos;duo-console models list -i %2&apos; で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Usage: duo-console features set -i NAME FEATURE… (--model MODEL | --disabled | --vendored [--model-ref REF])</source>
        <translation>使用方法: duo-console features set -i NAME FEATURE… (--model MODEL | --disabled | --vendored [--model-ref REF])</translation>
    </message>
    <message>
        <source>Name at least one feature, such as CODE_GENERATIONS.</source>
        <translation>機能を 1 つ以上指定してください (例: CODE_GENERATIONS)。</translation>
    </message>
    <message>
        <source>Say what the features use: exactly one of --model MODEL, --disabled or --vendored.</source>
        <translation>機能が使用するものを指定してください: --model MODEL、--disabled、--vendored のいずれか 1 つだけを指定します。</translation>
    </message>
    <message>
        <source>--model-ref names a GitLab-managed model: it goes with --vendored.</source>
        <translation>--model-ref は GitLab 管理モデルを指定するオプションです。--vendored と組み合わせて使用してください。</translation>
    </message>
    <message>
        <source>Usage: duo-console features allowlist -i NAME FEATURE (--enable [REF…] | --disable)</source>
        <translation>使用方法: duo-console features allowlist -i NAME FEATURE (--enable [REF…] | --disable)</translation>
    </message>
    <message>
        <source>--disable takes no model: with the allowlist off, every model is allowed.</source>
        <translation>--disable にはモデルを指定しません。許可リストが無効な場合、すべてのモデルが許可されます。</translation>
    </message>
</context>
<context>
    <name>FeatureDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) set to %1; the change waits in Pending changes.</source>
        <translation>
            <numerusform>%n 件の機能を %1 に設定しました。変更は「保留中の変更」で待機します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>スキップ:</translation>
    </message>
    <message>
        <source>Nothing changes: every feature already uses %1, or cannot.</source>
        <translation>変更はありません: すべての機能がすでに %1 を使用しているか、使用できません。</translation>
    </message>
    <message>
        <source>These features will use %1:</source>
        <translation>次の機能が %1 を使用するようになります:</translation>
    </message>
    <message>
        <source>Left as they are, because the model is incompatible:</source>
        <translation>モデルに互換性がないため、変更しない機能:</translation>
    </message>
    <message>
        <source>Set features</source>
        <translation>機能の設定</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>GitLab managed model</source>
        <translation>GitLab 管理モデル</translation>
    </message>
    <message>
        <source>By selecting %1, you consent to using a GitLab managed model and sending data to the GitLab AI gateway.</source>
        <translation>%1 を選択すると、GitLab 管理モデルを使用し、GitLab の AIゲートウェイにデータを送信することに同意したものとみなされます。</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>了解しました</translation>
    </message>
    <message>
        <source>Do not show again</source>
        <translation>今後表示しない</translation>
    </message>
    <message>
        <source>Set selected features</source>
        <translation>選択した機能の設定</translation>
    </message>
    <message numerus="yes">
        <source>One model for the %n selected feature(s):</source>
        <translation>
            <numerusform>選択した %n 件の機能に使用するモデル:</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>GitLab managed: %1</source>
        <translation>GitLab 管理: %1</translation>
    </message>
    <message>
        <source>Model allowlist</source>
        <translation>モデル許可リスト</translation>
    </message>
    <message>
        <source>Which GitLab managed models may be chosen for %1. The model chosen now is always allowed.</source>
        <translation>%1 で選択できる GitLab 管理モデル。現在選択されているモデルは常に許可されます。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Limit the choice to these models</source>
        <translation>選択肢をこれらのモデルに制限する</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>許可するモデル</translation>
    </message>
</context>
<context>
    <name>FeatureRouting</name>
    <message>
        <source>Beta</source>
        <translation>ベータ</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>a deleted model</source>
        <translation>削除されたモデル</translation>
    </message>
    <message>
        <source>GitLab managed: %1</source>
        <translation>GitLab 管理: %1</translation>
    </message>
    <message>
        <source>GitLab AI vendor model</source>
        <translation>GitLab の AI ベンダーモデル</translation>
    </message>
    <message>
        <source>GitLab managed: %1 - Default</source>
        <translation>GitLab 管理: %1 - デフォルト</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>General Chat&apos;s model, which is unassigned too</source>
        <translation>一般チャットのモデル (これも未割り当て)</translation>
    </message>
    <message>
        <source>%1 is incompatible with the %2 feature.</source>
        <translation>%1 は %2 機能と互換性がありません。</translation>
    </message>
    <message>
        <source>Its model no longer exists: choose another one.</source>
        <translation>割り当てられたモデルはもう存在しません。別のモデルを選択してください。</translation>
    </message>
    <message>
        <source>%1 Choose a compatible model.</source>
        <translation>%1 互換性のあるモデルを選択してください。</translation>
    </message>
    <message>
        <source>Unassigned: uses General Chat&apos;s model (%1).</source>
        <translation>未割り当て: 一般チャットのモデル (%1) を使用します。</translation>
    </message>
    <message>
        <source>Assign a model to enable this feature</source>
        <translation>この機能を有効にするにはモデルを割り当ててください</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>セルフホストモデル</translation>
    </message>
    <message>
        <source>GitLab managed models</source>
        <translation>GitLab 管理モデル</translation>
    </message>
    <message>
        <source>%1 - Default</source>
        <translation>%1 - デフォルト</translation>
    </message>
    <message>
        <source>GitLab Duo Chat</source>
        <translation>GitLab Duo Chat</translation>
    </message>
    <message>
        <source>Other GitLab Duo features</source>
        <translation>その他の GitLab Duo 機能</translation>
    </message>
    <message>
        <source>Code Suggestions</source>
        <translation>コード提案</translation>
    </message>
    <message>
        <source>GitLab Duo for merge requests</source>
        <translation>マージリクエスト向け GitLab Duo</translation>
    </message>
    <message>
        <source>GitLab Duo for issues</source>
        <translation>イシュー向け GitLab Duo</translation>
    </message>
    <message>
        <source>GitLab Duo Agent Platform</source>
        <translation>GitLab Duo Agent Platform</translation>
    </message>
</context>
<context>
    <name>FeaturesPane</name>
    <message>
        <source>Apply to section…</source>
        <translation>セクションに適用…</translation>
    </message>
    <message>
        <source>Apply the selected feature&apos;s model to all its section&apos;s features</source>
        <translation>選択した機能のモデルを、同じセクションのすべての機能に適用</translation>
    </message>
    <message>
        <source>Set selected…</source>
        <translation>選択した機能を設定…</translation>
    </message>
    <message>
        <source>Set one model for the selected features</source>
        <translation>選択した機能に 1 つのモデルを設定</translation>
    </message>
    <message>
        <source>Model allowlist…</source>
        <translation>モデル許可リスト…</translation>
    </message>
    <message>
        <source>Edit the selected feature&apos;s model allowlist</source>
        <translation>選択した機能のモデル許可リストを編集</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Read the feature settings from GitLab again</source>
        <translation>GitLab から機能の設定を再度読み取る</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>AIネイティブ機能</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Select the model for the feature</source>
        <translation>機能のモデルを選択</translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation>機能の列</translation>
    </message>
    <message>
        <source>Reading the feature settings from GitLab…</source>
        <translation>GitLab から機能の設定を読み取っています…</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>保留中 (%1)</translation>
    </message>
    <message>
        <source>Allowlist on</source>
        <translation>許可リスト有効</translation>
    </message>
    <message>
        <source>Model for %1</source>
        <translation>%1 のモデル</translation>
    </message>
    <message>
        <source>Compatible models</source>
        <translation>互換性のあるモデル</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容はありません。</translation>
    </message>
    <message>
        <source>The allowlist change waits in Pending changes.</source>
        <translation>許可リストの変更は「保留中の変更」で待機します。</translation>
    </message>
    <message>
        <source>Loading the feature settings…</source>
        <translation>機能の設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its features.</source>
        <translation>まだ一度も GitLab から読み取っていません。機能を表示するには、インスタンスに接続してください。</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Choices wait in Pending changes.</source>
        <translation>オフライン: %1 に GitLab から読み取った内容です。選択内容は「保留中の変更」で待機します。</translation>
    </message>
    <message>
        <source>This GitLab lists no AI-native features (GitLab 17.4 and later do).</source>
        <translation>この GitLab には AIネイティブ機能がありません (GitLab 17.4 以降で利用できます)。</translation>
    </message>
    <message>
        <source>No self-hosted model is configured. Add one under Self-hosted models to route features to it.</source>
        <translation>セルフホストモデルが設定されていません。機能をセルフホストモデルにルーティングするには、「セルフホストモデル」でモデルを追加してください。</translation>
    </message>
    <message>
        <source>More features are available in beta. Turn on AI-native beta features in GitLab (Admin &gt; GitLab Duo &gt; Change configuration) to see them.</source>
        <translation>ベータ版ではさらに多くの機能を利用できます。表示するには、GitLab で AIネイティブのベータ機能を有効にしてください (Admin &gt; GitLab Duo &gt; Change configuration)。</translation>
    </message>
    <message>
        <source>Select one feature: its model is applied to its whole section.</source>
        <translation>機能を 1 つ選択してください。そのモデルがセクション全体に適用されます。</translation>
    </message>
    <message>
        <source>Apply to all %1 sub-features</source>
        <translation>%1 のすべてのサブ機能に適用</translation>
    </message>
    <message>
        <source>Assign a model to %1 before applying to all</source>
        <translation>すべてに適用する前に、%1 にモデルを割り当ててください</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>%1 contains a control character (U+%2) at position %3: remove it.</source>
        <translation>%1 の %3 文字目に制御文字 (U+%2) が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>The deployment name</source>
        <translation>デプロイ名</translation>
    </message>
    <message>
        <source>The endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>The model identifier</source>
        <translation>モデル識別子</translation>
    </message>
    <message>
        <source>The model family</source>
        <translation>モデルファミリー</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Please enter a deployment name.</source>
        <translation>デプロイ名を入力してください。</translation>
    </message>
    <message>
        <source>The deployment name is longer than %1 characters.</source>
        <translation>デプロイ名が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Please select a model.</source>
        <translation>モデルを選択してください。</translation>
    </message>
    <message>
        <source>This instance does not accept the model family %1. It accepts: %2.</source>
        <translation>このインスタンスではモデルファミリー %1 を使用できません。使用できるモデルファミリー: %2。</translation>
    </message>
    <message>
        <source>This instance does not accept the platform %1. It accepts: %2.</source>
        <translation>このインスタンスではプラットフォーム %1 を使用できません。使用できるプラットフォーム: %2。</translation>
    </message>
    <message>
        <source>The endpoint is longer than %1 characters.</source>
        <translation>エンドポイントが %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Please enter an endpoint.</source>
        <translation>エンドポイントを入力してください。</translation>
    </message>
    <message>
        <source>Endpoint must be a valid URL: an http:// or https:// address, such as https://models.example.com:8000/v1.</source>
        <translation>エンドポイントには有効な URL (http:// または https:// のアドレス。例: https://models.example.com:8000/v1) を指定してください。</translation>
    </message>
    <message>
        <source>Model identifier must be less than %1 characters.</source>
        <translation>モデル識別子は %1 文字未満にしてください。</translation>
    </message>
    <message>
        <source>Model identifier must start with &quot;bedrock/&quot;.</source>
        <translation>モデル識別子は「bedrock/」で始まる必要があります。</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API キーが空です。</translation>
    </message>
    <message>
        <source>The API key is %1 characters long; Duo Console accepts at most %2. Check that the right text was given.</source>
        <translation>API キーの長さが %1 文字ありますが、Duo Console で受け付けられるのは最大 %2 文字です。正しいテキストを指定したか確認してください。</translation>
    </message>
    <message>
        <source>The API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>アクセストークンが空です。</translation>
    </message>
    <message>
        <source>The access token is %1 characters long; GitLab&apos;s tokens are far shorter (at most %2 are accepted). Check that the right text was given.</source>
        <translation>アクセストークンの長さが %1 文字あります。GitLab のトークンはこれよりはるかに短いものです (受け付けられるのは最大 %2 文字)。正しいテキストを指定したか確認してください。</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>The AI gateway timeout must be between 60 and 600 seconds.</source>
        <translation>AIゲートウェイのタイムアウトは 60～600 秒の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The AI gateway URL</source>
        <translation>AIゲートウェイの URL</translation>
    </message>
    <message>
        <source>The AI gateway URL is longer than %1 characters.</source>
        <translation>AIゲートウェイの URL が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The AI gateway URL must be an http:// or https:// URL.</source>
        <translation>AIゲートウェイの URL には http:// または https:// の URL を指定してください。</translation>
    </message>
    <message>
        <source>The Agent Platform service URL</source>
        <translation>Agent Platform サービスの URL</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is longer than %1 characters.</source>
        <translation>Agent Platform サービスの URL が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is a host and port, such as agent-platform.example.com:50052, without http:// or https://.</source>
        <translation>Agent Platform サービスの URL は、http:// や https:// を付けずにホストとポートで指定します (例: agent-platform.example.com:50052)。</translation>
    </message>
    <message>
        <source>The proxy user may not contain a colon.</source>
        <translation>プロキシのユーザーにコロンを含めることはできません。</translation>
    </message>
    <message>
        <source>The proxy user and password may only hold Latin-1 characters (&quot;%1&quot; is not): proxies receive them in that encoding.</source>
        <translation>プロキシのユーザーとパスワードには Latin-1 の文字のみ使用できます (「%1」は該当しません)。プロキシはこのエンコーディングで受け取ります。</translation>
    </message>
    <message>
        <source>The proxy user and password may be at most %1 characters long.</source>
        <translation>プロキシのユーザーとパスワードは最大 %1 文字までです。</translation>
    </message>
    <message>
        <source>The proxy user</source>
        <translation>プロキシのユーザー</translation>
    </message>
    <message>
        <source>The proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
</context>
<context>
    <name>GatewayChecks</name>
    <message>
        <source>GitLab returned no probe results to this token: it needs an administrator.</source>
        <translation>GitLab はこのトークンにプローブの結果を返しませんでした。管理者のトークンが必要です。</translation>
    </message>
</context>
<context>
    <name>GatewayCommands</name>
    <message>
        <source>From this computer:</source>
        <translation>このコンピューターから:</translation>
    </message>
    <message>
        <source>  No AI gateway URL is set: there is nothing to check.</source>
        <translation>  AIゲートウェイの URL が設定されていません。チェックする対象がありません。</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>  %1  health  %2%3</source>
        <translation>  %1  ヘルスチェック  %2%3</translation>
    </message>
    <message>
        <source>ok    </source>
        <translation>成功  </translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗  </translation>
    </message>
    <message>
        <source>  %1  %2 via %3: %4%5</source>
        <translation>  %1  %2 (%3 経由): %4%5</translation>
    </message>
    <message>
        <source>From GitLab:</source>
        <translation>GitLab から:</translation>
    </message>
    <message>
        <source>  FAILED  %1</source>
        <translation>  失敗    %1</translation>
    </message>
    <message>
        <source>  %1  %2: %3</source>
        <translation>  %1  %2: %3</translation>
    </message>
    <message>
        <source>  GitLab ran no probes.</source>
        <translation>  GitLab はプローブを実行しませんでした。</translation>
    </message>
    <message>
        <source>  Agent Platform functional check: %1%2</source>
        <translation>  Agent Platform の動作チェック: %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for the AI gateway URL: it reads the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>この GitLab (17.9 より前) には AIゲートウェイの URL 用の API がありません。URL は AI_GATEWAY_URL 環境変数から読み取られます。GitLab サーバーの /etc/gitlab/gitlab.rb に次の内容を追加してから、reconfigure を実行してください:</translation>
    </message>
    <message>
        <source>GitLab sent no Duo settings to this token (an administrator&apos;s token reads them).</source>
        <translation>GitLab はこのトークンに Duo の設定を返しませんでした (管理者のトークンであれば読み取れます)。</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>AIゲートウェイの URL</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>AIゲートウェイのタイムアウト</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>not set (GitLab&apos;s default, 60 seconds)</source>
        <translation>未設定 (GitLab のデフォルト、60 秒)</translation>
    </message>
    <message>
        <source>Agent Platform service</source>
        <translation>Agent Platform サービス</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>Agent Platform の TLS</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>* A change not yet pushed: push it with &apos;duo-console changes push -i %1&apos;.</source>
        <translation>* まだプッシュされていない変更です。&apos;duo-console changes push -i %1&apos; でプッシュしてください。</translation>
    </message>
    <message>
        <source>From this computer: GitLab does not tell the AI gateway URL before 17.9, so it cannot be checked from here.</source>
        <translation>このコンピューターから: 17.9 より前の GitLab は AIゲートウェイの URL を返さないため、ここからはチェックできません。</translation>
    </message>
    <message>
        <source>--check asks the gateway and GitLab; it cannot run with --offline.</source>
        <translation>--check はゲートウェイと GitLab に問い合わせるため、--offline では実行できません。</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for its Duo hosting settings: it reads the AI gateway URL from the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>この GitLab (17.9 より前) には Duo のホスティング設定用の API がありません。AIゲートウェイの URL は AI_GATEWAY_URL 環境変数から読み取られます。GitLab サーバーの /etc/gitlab/gitlab.rb に次の内容を追加してから、reconfigure を実行してください:</translation>
    </message>
    <message>
        <source>This instance has no AI gateway timeout setting (GitLab 18.6 and later have it): leave out --gateway-timeout.</source>
        <translation>このインスタンスには AIゲートウェイのタイムアウト設定がありません (GitLab 18.6 以降で利用できます)。--gateway-timeout を省略してください。</translation>
    </message>
    <message>
        <source>This instance has no Agent Platform service URL setting (GitLab 18.4 and later have it): leave out --agent-platform-url.</source>
        <translation>このインスタンスには Agent Platform サービスの URL 設定がありません (GitLab 18.4 以降で利用できます)。--agent-platform-url を省略してください。</translation>
    </message>
    <message>
        <source>This instance has no setting for the Agent Platform service&apos;s TLS (GitLab 19.x has it): leave out --agent-platform-tls. Before 19.x, set DUO_AGENT_PLATFORM_SERVICE_SECURE=false in gitlab_rails[&apos;env&apos;] in gitlab.rb to turn TLS off.</source>
        <translation>このインスタンスには Agent Platform サービスの TLS の設定がありません (GitLab 19.x で利用できます)。--agent-platform-tls を省略してください。19.x より前で TLS を無効にするには、gitlab.rb の gitlab_rails[&apos;env&apos;] に DUO_AGENT_PLATFORM_SERVICE_SECURE=false を設定してください。</translation>
    </message>
    <message>
        <source>Usage: duo-console gateway set -i NAME [--url URL] [--gateway-timeout SECONDS] [--agent-platform-url HOST:PORT] [--agent-platform-tls on|off]</source>
        <translation>使用方法: duo-console gateway set -i NAME [--url URL] [--gateway-timeout SECONDS] [--agent-platform-url HOST:PORT] [--agent-platform-tls on|off]</translation>
    </message>
    <message>
        <source>gateway set takes no argument besides its options.</source>
        <translation>gateway set はオプション以外の引数を受け付けません。</translation>
    </message>
    <message>
        <source>Say what to set: at least one of --url, --gateway-timeout, --agent-platform-url or --agent-platform-tls.</source>
        <translation>設定する内容を指定してください: --url、--gateway-timeout、--agent-platform-url、--agent-platform-tls のうち 1 つ以上を指定します。</translation>
    </message>
    <message>
        <source>--gateway-timeout takes a whole number of seconds, from 60 to 600.</source>
        <translation>--gateway-timeout には 60～600 の整数で秒数を指定します。</translation>
    </message>
    <message>
        <source>--agent-platform-tls takes on or off.</source>
        <translation>--agent-platform-tls には on または off を指定します。</translation>
    </message>
</context>
<context>
    <name>GatewayPane</name>
    <message>
        <source>Run the setup check…</source>
        <translation>セットアップチェックを実行…</translation>
    </message>
    <message>
        <source>Check every link from GitLab to the self-hosted models</source>
        <translation>GitLab からセルフホストモデルまでのすべての接続をチェック</translation>
    </message>
    <message>
        <source>Settings reset by an upgrade</source>
        <translation>アップグレードでリセットされた設定</translation>
    </message>
    <message>
        <source>Restore the earlier values</source>
        <translation>以前の値を復元</translation>
    </message>
    <message>
        <source>Restore the settings the upgrade reset</source>
        <translation>アップグレードでリセットされた設定を復元</translation>
    </message>
    <message>
        <source>Local AI gateway</source>
        <translation>ローカル AIゲートウェイ</translation>
    </message>
    <message>
        <source>Local AI gateway URL</source>
        <translation>ローカル AIゲートウェイの URL</translation>
    </message>
    <message>
        <source>AI gateway request timeout</source>
        <translation>AIゲートウェイのリクエストタイムアウト</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Local URL for the GitLab Duo Agent Platform service</source>
        <translation>GitLab Duo Agent Platform サービスのローカル URL</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>Agent Platform サービスの URL</translation>
    </message>
    <message>
        <source>Use TLS for the GitLab Duo Agent Platform service</source>
        <translation>GitLab Duo Agent Platform サービスに TLS を使用する</translation>
    </message>
    <message>
        <source>Turn off only if your local service endpoint does not support TLS.</source>
        <translation>ローカルのサービスエンドポイントが TLS をサポートしていない場合にのみオフにしてください。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Save the gateway settings as a pending change</source>
        <translation>ゲートウェイの設定を保留中の変更として保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Put back the values in effect</source>
        <translation>現在有効な値に戻す</translation>
    </message>
    <message>
        <source>Set the AI gateway URL in gitlab.rb</source>
        <translation>gitlab.rb で AIゲートウェイの URL を設定</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for the AI gateway URL: it reads the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>この GitLab (17.9 より前) には AIゲートウェイの URL 用の API がありません。URL は AI_GATEWAY_URL 環境変数から読み取られます。GitLab サーバーの /etc/gitlab/gitlab.rb に次の内容を追加してから、reconfigure を実行してください:</translation>
    </message>
    <message>
        <source>gitlab.rb snippet</source>
        <translation>gitlab.rb のスニペット</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the snippet</source>
        <translation>スニペットをコピー</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>このコンピューターから</translation>
    </message>
    <message>
        <source>Check the gateway</source>
        <translation>ゲートウェイをチェック</translation>
    </message>
    <message>
        <source>Check the gateway from this computer</source>
        <translation>このコンピューターからゲートウェイをチェック</translation>
    </message>
    <message>
        <source>From GitLab</source>
        <translation>GitLab から</translation>
    </message>
    <message>
        <source>Run GitLab&apos;s probes</source>
        <translation>GitLab のプローブを実行</translation>
    </message>
    <message>
        <source>Ask GitLab for its own probes</source>
        <translation>GitLab に自身のプローブを実行するよう依頼</translation>
    </message>
    <message>
        <source>Group or project for the functional check</source>
        <translation>動作チェックに使用するグループまたはプロジェクト</translation>
    </message>
    <message>
        <source>group/project with GitLab Duo on</source>
        <translation>GitLab Duo が有効な group/project</translation>
    </message>
    <message>
        <source>Run the Agent Platform check</source>
        <translation>Agent Platform のチェックを実行</translation>
    </message>
    <message>
        <source>Run the Agent Platform functional check</source>
        <translation>Agent Platform の動作チェックを実行</translation>
    </message>
    <message>
        <source>GitLab went from %1 to %2, and these settings are back at GitLab&apos;s defaults:
%3
Restoring them records a change to review and push.</source>
        <translation>GitLab が %1 から %2 に更新され、次の設定が GitLab のデフォルトに戻りました:
%3
復元すると、レビューしてプッシュするための変更が記録されます。</translation>
    </message>
    <message>
        <source>The earlier values wait in Pending changes: push them to restore them.</source>
        <translation>以前の値は「保留中の変更」で待機しています。復元するにはプッシュしてください。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>Saved as a pending change: push it from Pending changes.</source>
        <translation>保留中の変更として保存しました。「保留中の変更」からプッシュしてください。</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its gateway settings.</source>
        <translation>まだ一度も GitLab から読み取っていません。ゲートウェイの設定を表示するには、インスタンスに接続してください。</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Edits wait in Pending changes.</source>
        <translation>オフライン: %1 に GitLab から読み取った内容です。編集内容は「保留中の変更」で待機します。</translation>
    </message>
    <message>
        <source>These settings have a pending change: push it from Pending changes.</source>
        <translation>これらの設定には保留中の変更があります。「保留中の変更」からプッシュしてください。</translation>
    </message>
    <message>
        <source>This GitLab has no Agent Platform service settings (GitLab 18.4 and later have them).</source>
        <translation>この GitLab には Agent Platform サービスの設定がありません (GitLab 18.4 以降で利用できます)。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>%1 Health (%2): %3</source>
        <translation>%1 ヘルスチェック (%2): %3</translation>
    </message>
    <message>
        <source>    connect started %1, TLS done %2, first byte %3, total %4</source>
        <translation>    接続開始 %1、TLS 完了 %2、最初のバイト %3、合計 %4</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5</source>
        <translation>%1 %2 %3 (%4): %5</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Agent Platform service</source>
        <translation>Agent Platform サービス</translation>
    </message>
    <message>
        <source>Asking GitLab…</source>
        <translation>GitLab に問い合わせています…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Agent Platform functional check: %1%2</source>
        <translation>Agent Platform の動作チェック: %1%2</translation>
    </message>
    <message>
        <source>Agent Platform functional check: not available on this instance.</source>
        <translation>Agent Platform の動作チェック: このインスタンスでは利用できません。</translation>
    </message>
    <message>
        <source>The Agent Platform functional check started: run GitLab&apos;s probes again to see its state.</source>
        <translation>Agent Platform の動作チェックを開始しました。状態を確認するには、GitLab のプローブを再度実行してください。</translation>
    </message>
</context>
<context>
    <name>GatewayProbe</name>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>proxy %1:%2</source>
        <translation>プロキシ %1:%2</translation>
    </message>
    <message>
        <source>direct (no system proxy)</source>
        <translation>直接 (システムプロキシなし)</translation>
    </message>
    <message>
        <source>system proxy %1:%2</source>
        <translation>システムプロキシ %1:%2</translation>
    </message>
    <message>
        <source>The AI gateway URL is not an http:// or https:// URL.</source>
        <translation>AIゲートウェイの URL が http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>No AI gateway URL is set: GitLab does not know where its gateway is.</source>
        <translation>AIゲートウェイの URL が設定されていません。GitLab はゲートウェイの場所を認識していません。</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is not a host and port, such as agent-platform.example.com:50052.</source>
        <translation>Agent Platform サービスの URL がホストとポートの形式 (例: agent-platform.example.com:50052) ではありません。</translation>
    </message>
    <message>
        <source>Healthy: %1 answered 200.</source>
        <translation>正常: %1 が 200 を返しました。</translation>
    </message>
    <message>
        <source>Unhealthy: the gateway answered HTTP %1 to %2.</source>
        <translation>異常: ゲートウェイが %2 に対して HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>Unreachable from here: the gateway&apos;s certificate was refused (%1). Add its CA file to the instance profile if it is yours.</source>
        <translation>ここから到達できません: ゲートウェイの証明書が拒否されました (%1)。自組織のゲートウェイである場合は、その CA ファイルをインスタンスプロファイルに追加してください。</translation>
    </message>
    <message>
        <source>Unreachable from here: %1 did not answer in time.</source>
        <translation>ここから到達できません: %1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Unreachable from here: %1</source>
        <translation>ここから到達できません: %1</translation>
    </message>
    <message>
        <source>Reached %1 (TCP; no TLS).</source>
        <translation>%1 に到達しました (TCP、TLS なし)。</translation>
    </message>
    <message>
        <source>Reached %1; its certificate (%2) is trusted.</source>
        <translation>%1 に到達しました。証明書 (%2) は信頼されています。</translation>
    </message>
    <message>
        <source>Unreachable from here: %1 refused the connection.</source>
        <translation>ここから到達できません: %1 が接続を拒否しました。</translation>
    </message>
    <message>
        <source>Unreachable from here: the name in %1 could not be found.</source>
        <translation>ここから到達できません: %1 のホスト名が見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>GitLabMessages</name>
    <message>
        <source>Please enter a unique deployment name.</source>
        <translation>一意のデプロイ名を入力してください。</translation>
    </message>
    <message>
        <source>Please add a valid endpoint. GitLab said: %1</source>
        <translation>有効なエンドポイントを追加してください。GitLab からのメッセージ: %1</translation>
    </message>
    <message>
        <source>Successfully connected to the self-hosted model</source>
        <translation>セルフホストモデルへの接続に成功しました</translation>
    </message>
    <message>
        <source>AI Gateway could not connect to the model endpoint. Verify the model endpoint URL is correct and reachable from the AI Gateway, and that any firewall or proxy is not blocking the connection.</source>
        <translation>AIゲートウェイがモデルのエンドポイントに接続できませんでした。モデルのエンドポイント URL が正しく AIゲートウェイから到達できること、およびファイアウォールやプロキシが接続をブロックしていないことを確認してください。</translation>
    </message>
    <message>
        <source>You have not configured your local AI gateway URL. Configure the URL in the GitLab Duo configuration settings.</source>
        <translation>ローカルの AIゲートウェイの URL が設定されていません。GitLab Duo の設定で URL を設定してください。</translation>
    </message>
    <message>
        <source>ERROR: Unknown error. Make sure your self-hosted model is running and that your AI Gateway URL is configured correctly.</source>
        <translation>エラー: 不明なエラーです。セルフホストモデルが稼働していること、および AIゲートウェイの URL が正しく設定されていることを確認してください。</translation>
    </message>
    <message>
        <source>Verification check timed out.</source>
        <translation>検証チェックがタイムアウトしました。</translation>
    </message>
    <message>
        <source>Duo not enabled for namespace</source>
        <translation>このネームスペースでは Duo が有効になっていません</translation>
    </message>
</context>
<context>
    <name>InstanceCapabilities</name>
    <message>
        <source>GitLab does not treat %1 as an administrator with this token: either the account is not an administrator, or Admin Mode is on and the token lacks the admin_mode scope.</source>
        <translation>GitLab はこのトークンでは %1 を管理者として扱っていません。アカウントが管理者ではないか、Admin Mode が有効でトークンに admin_mode スコープがありません。</translation>
    </message>
    <message>
        <source>%1 is not an administrator: Duo Console needs an administrator&apos;s token.</source>
        <translation>%1 は管理者ではありません。Duo Console には管理者のトークンが必要です。</translation>
    </message>
    <message>
        <source>The token lacks the api scope: nothing can be changed with it. Create a token with the api and admin_mode scopes.</source>
        <translation>トークンに api スコープがないため、何も変更できません。api および admin_mode スコープを持つトークンを作成してください。</translation>
    </message>
    <message>
        <source>The token lacks the admin_mode scope: when Admin Mode is on, GitLab refuses administrator requests made with it.</source>
        <translation>トークンに admin_mode スコープがありません。Admin Mode が有効な場合、GitLab はこのトークンによる管理者リクエストを拒否します。</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>トークンは %1 に有効期限が切れました。</translation>
    </message>
    <message numerus="yes">
        <source>The token expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>トークンは %n 日後 (%1) に有効期限が切れます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators can manage self-hosted models, and GitLab does not treat %1 as one with this token.</source>
        <translation>セルフホストモデルを管理できるのは管理者のみですが、GitLab はこのトークンでは %1 を管理者として扱っていません。</translation>
    </message>
    <message>
        <source>GitLab.com does not offer self-hosted models.</source>
        <translation>GitLab.com ではセルフホストモデルを利用できません。</translation>
    </message>
    <message>
        <source>GitLab does not let this token manage self-hosted models: the license may lack the feature, or Amazon Q may be connected.</source>
        <translation>GitLab はこのトークンによるセルフホストモデルの管理を許可していません。ライセンスにこの機能が含まれていないか、Amazon Q が接続されている可能性があります。</translation>
    </message>
    <message>
        <source>Use a personal access token of an administrator, with the api and admin_mode scopes.</source>
        <translation>api および admin_mode スコープを持つ、管理者のパーソナルアクセストークンを使用してください。</translation>
    </message>
    <message>
        <source>Self-hosted models are for GitLab Self-Managed and GitLab Dedicated instances.</source>
        <translation>セルフホストモデルは GitLab Self-Managed および GitLab Dedicated のインスタンス向けです。</translation>
    </message>
    <message>
        <source>Buy the GitLab Duo Enterprise add-on (or GitLab Duo Agent Platform Self-Hosted). %1</source>
        <translation>GitLab Duo Enterprise アドオン (または GitLab Duo Agent Platform Self-Hosted) を購入してください。%1</translation>
    </message>
    <message>
        <source>Check on the Subscription page in GitLab&apos;s Admin area that the license includes GitLab Duo Self-Hosted, and that GitLab Duo with Amazon Q is not connected.</source>
        <translation>GitLab の管理者エリアのサブスクリプションページで、ライセンスに GitLab Duo Self-Hosted が含まれていること、および GitLab Duo with Amazon Q が接続されていないことを確認してください。</translation>
    </message>
    <message>
        <source>This instance has no active GitLab Duo Enterprise add-on (nor GitLab Duo Agent Platform Self-Hosted).</source>
        <translation>このインスタンスには有効な GitLab Duo Enterprise アドオンがありません (GitLab Duo Agent Platform Self-Hosted もありません)。</translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message>
        <source>--url needs the instance&apos;s address, such as https://gitlab.example.com.</source>
        <translation>--url にはインスタンスのアドレス (例: https://gitlab.example.com) が必要です。</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which sends the token unencrypted. Use https://, or add --allow-http to confirm.</source>
        <translation>%1 は暗号化されていない http:// を使用しているため、トークンが暗号化されずに送信されます。https:// を使用するか、--allow-http を追加して確認してください。</translation>
    </message>
    <message>
        <source>--proxy takes none, system or HOST:PORT.</source>
        <translation>--proxy には none、system、または HOST:PORT を指定します。</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation>--token-stdin が指定されましたが、標準入力にトークンがありませんでした。</translation>
    </message>
    <message>
        <source>Added instance &apos;%1&apos; (%2).</source>
        <translation>インスタンス「%1」(%2) を追加しました。</translation>
    </message>
    <message>
        <source>No token is stored yet: give one with &apos;duo-console instance token %1 --token-stdin&apos;.</source>
        <translation>トークンがまだ保存されていません。&apos;duo-console instance token %1 --token-stdin&apos; で指定してください。</translation>
    </message>
    <message>
        <source>Usage: duo-console instance token NAME --token-stdin</source>
        <translation>使用方法: duo-console instance token NAME --token-stdin</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;.</source>
        <translation>「%1」という名前のインスタンスはありません。</translation>
    </message>
    <message>
        <source>Stored a new token for &apos;%1&apos;.</source>
        <translation>「%1」の新しいトークンを保存しました。</translation>
    </message>
    <message>
        <source>No instances. Add one with &apos;duo-console instance add NAME --url URL --token-stdin&apos;.</source>
        <translation>インスタンスがありません。&apos;duo-console instance add NAME --url URL --token-stdin&apos; で追加してください。</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>プロキシ: %1</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA ファイル: %1</translation>
    </message>
    <message>
        <source>Usage: duo-console instance remove NAME</source>
        <translation>使用方法: duo-console instance remove NAME</translation>
    </message>
    <message>
        <source>Removed instance &apos;%1&apos; and its token.</source>
        <translation>インスタンス「%1」とそのトークンを削除しました。</translation>
    </message>
    <message>
        <source>--ca-file and --no-ca-file exclude each other.</source>
        <translation>--ca-file と --no-ca-file は同時に指定できません。</translation>
    </message>
    <message>
        <source>Saved instance &apos;%1&apos; (%2).</source>
        <translation>インスタンス「%1」(%2) を保存しました。</translation>
    </message>
    <message>
        <source>--proxy-user and --proxy-password-stdin need a manual proxy: --proxy HOST:PORT.</source>
        <translation>--proxy-user と --proxy-password-stdin には手動プロキシ (--proxy HOST:PORT) が必要です。</translation>
    </message>
    <message>
        <source>--proxy-password-stdin was given, but standard input held no password.</source>
        <translation>--proxy-password-stdin が指定されましたが、標準入力にパスワードがありませんでした。</translation>
    </message>
    <message>
        <source>Usage: duo-console instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</source>
        <translation>使用方法: duo-console instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</translation>
    </message>
    <message>
        <source>Usage: duo-console instance edit NAME [--name NEW] [--url URL] [--ca-file PATH | --no-ca-file] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</source>
        <translation>使用方法: duo-console instance edit NAME [--name NEW] [--url URL] [--ca-file PATH | --no-ca-file] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</translation>
    </message>
    <message>
        <source>proxy: %1 (user %2)</source>
        <translation>プロキシ: %1 (ユーザー %2)</translation>
    </message>
</context>
<context>
    <name>InstanceConnector</name>
    <message>
        <source>GitLab&apos;s API schema could not be read, so Duo Console cannot tell which operations this instance offers.</source>
        <translation>GitLab の API スキーマを読み取れなかったため、Duo Console はこのインスタンスで利用できる操作を判別できません。</translation>
    </message>
</context>
<context>
    <name>InstanceController</name>
    <message>
        <source>Token not stored</source>
        <translation>トークンが保存されていません</translation>
    </message>
    <message>
        <source>The token for %1 could not be stored in the system keychain.

%2

Duo Console never writes tokens to a file. You can use the token for this session only; you will be asked for it again next time.</source>
        <translation>%1 のトークンをシステムのキーチェーンに保存できませんでした。

%2

Duo Console はトークンをファイルに書き込むことはありません。このセッションに限りトークンを使用できますが、次回は再度入力を求められます。</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>このセッションでのみ使用</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>インスタンスを削除</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from Duo Console? Its token is deleted from the keychain and its local data, including changes not yet pushed, is deleted. Nothing changes on the GitLab server.</source>
        <translation>%1 (%2) を Duo Console から削除しますか? トークンはキーチェーンから削除され、まだプッシュしていない変更を含むローカルデータも削除されます。GitLab サーバー上では何も変更されません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>the Duo Console window</source>
        <translation>Duo Console のウィンドウ</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Add GitLab instance</source>
        <translation>GitLab インスタンスを追加</translation>
    </message>
    <message>
        <source>Edit GitLab instance</source>
        <translation>GitLab インスタンスを編集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>パーソナルアクセストークン</translation>
    </message>
    <message>
        <source>glpat-…, with the api and admin_mode scopes</source>
        <translation>glpat-…、api および admin_mode スコープ付き</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>保存済みのトークンを維持する場合は空欄のままにします</translation>
    </message>
    <message>
        <source>Send the token over unencrypted http:// (test instances only)</source>
        <translation>暗号化されていない http:// でトークンを送信する (テスト用インスタンスのみ)</translation>
    </message>
    <message>
        <source>Allow unencrypted http</source>
        <translation>暗号化されていない http を許可</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA バンドルファイル</translation>
    </message>
    <message>
        <source>Optional: PEM file of your organisation&apos;s CA</source>
        <translation>任意: 組織の CA の PEM ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>CA バンドルファイルを選択</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>システム設定</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Proxy host and port</source>
        <translation>プロキシのホストとポート</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>リクエストのタイムアウト</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>CA バンドル(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>タイムアウト(&amp;I):</translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation>インスタンスを追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain, never in a file.</source>
        <translation>トークンはファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA バンドルを選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Enter the address you open GitLab with, such as https://gitlab.example.com.</source>
        <translation>GitLab を開くときのアドレスを入力してください (例: https://gitlab.example.com)。</translation>
    </message>
    <message>
        <source>This URL uses plain http://, which sends the token unencrypted. Use https://, or tick the box to confirm.</source>
        <translation>この URL は暗号化されていない http:// を使用しているため、トークンが暗号化されずに送信されます。https:// を使用するか、チェックボックスをオンにして確認してください。</translation>
    </message>
    <message>
        <source>Enter an administrator&apos;s personal access token.</source>
        <translation>管理者のパーソナルアクセストークンを入力してください。</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>プロキシのユーザー</translation>
    </message>
    <message>
        <source>Proxy user, if it asks for one</source>
        <translation>プロキシのユーザー (要求される場合)</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>保存済みのパスワードを維持する場合は空欄のままにします</translation>
    </message>
    <message>
        <source>Proxy &amp;login:</source>
        <translation>プロキシのログイン(&amp;L):</translation>
    </message>
    <message>
        <source>Enter the proxy as host:port, such as proxy.example.com:3128. Put its user name and password in their own fields.</source>
        <translation>プロキシは host:port の形式で入力してください (例: proxy.example.com:3128)。ユーザー名とパスワードはそれぞれ専用のフィールドに入力してください。</translation>
    </message>
</context>
<context>
    <name>InstanceDirectory</name>
    <message>
        <source>The instance URL holds a user name or password. Duo Console never keeps credentials in its configuration: give the URL without them; the access token goes to the system keychain.</source>
        <translation>インスタンスの URL にユーザー名またはパスワードが含まれています。Duo Console は認証情報を設定に保存しません。認証情報を含めずに URL を指定してください。アクセストークンはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Removed instance &apos;%1&apos;, but its token or its drafts&apos; API keys could not be removed from the keychain: %2</source>
        <translation>インスタンス「%1」を削除しましたが、そのトークンまたは下書きの API キーをキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: Duo Console keeps tokens and passwords only in the system keychain.</source>
        <translation>何も保存されませんでした。Duo Console はトークンとパスワードをシステムのキーチェーンにのみ保存します。</translation>
    </message>
</context>
<context>
    <name>InstanceSession</name>
    <message>
        <source>%1: not connected</source>
        <translation>%1: 未接続</translation>
    </message>
    <message>
        <source>%1: reading the token from the keychain…</source>
        <translation>%1: キーチェーンからトークンを読み取っています…</translation>
    </message>
    <message>
        <source>%1: no token available</source>
        <translation>%1: 利用可能なトークンがありません</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: 接続しています…</translation>
    </message>
    <message>
        <source>%1 · GitLab %2 · %3 · connected</source>
        <translation>%1 · GitLab %2 · %3 · 接続済み</translation>
    </message>
    <message>
        <source>%1: offline, %2</source>
        <translation>%1: オフライン、%2</translation>
    </message>
    <message>
        <source>%1: error, %2</source>
        <translation>%1: エラー、%2</translation>
    </message>
    <message>
        <source>Connect to the instance first: a refresh reads it.</source>
        <translation>まずインスタンスに接続してください。スナップショットの再取得ではインスタンスからデータを読み取ります。</translation>
    </message>
    <message>
        <source>The change was not recorded: API keys are kept only in the system keychain.</source>
        <translation>変更は記録されませんでした。API キーはシステムのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>A push is running.</source>
        <translation>プッシュを実行中です。</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>ワークスペースは読み取り専用です。</translation>
    </message>
    <message>
        <source>The snapshot is being refreshed; push when it is done.</source>
        <translation>スナップショットを更新しています。完了してからプッシュしてください。</translation>
    </message>
    <message>
        <source>Offline: changes are kept here and can be pushed once the instance is connected.</source>
        <translation>オフライン: 変更はここに保持され、インスタンスに接続するとプッシュできます。</translation>
    </message>
    <message>
        <source>Not connected to the instance: GitLab&apos;s own check runs there.</source>
        <translation>インスタンスに接続されていません。GitLab 自身のチェックはインスタンス上で実行されます。</translation>
    </message>
    <message>
        <source>Models on Amazon Bedrock or Google Vertex AI have no HTTP endpoint to probe from this computer.</source>
        <translation>Amazon Bedrock または Google Vertex AI 上のモデルには、このコンピューターから確認できる HTTP エンドポイントがありません。</translation>
    </message>
    <message>
        <source>The draft&apos;s API key could not be read (%1): tested without it.</source>
        <translation>下書きのAPIキーを読み取れませんでした (%1)。キーなしでテストしました。</translation>
    </message>
    <message>
        <source>This GitLab does not give the model&apos;s API key back: tested without it. Type the key to test with it.</source>
        <translation>このGitLabはモデルのAPIキーを返しません。キーなしでテストしました。キーを使ってテストするには、キーを入力してください。</translation>
    </message>
    <message>
        <source>The model&apos;s API key could not be read from GitLab (%1): tested without it.</source>
        <translation>GitLabからモデルのAPIキーを読み取れませんでした (%1)。キーなしでテストしました。</translation>
    </message>
    <message>
        <source>Not connected to the instance: GitLab&apos;s own probes run there.</source>
        <translation>インスタンスに接続されていません。GitLab 自身のプローブはインスタンス上で実行されます。</translation>
    </message>
    <message>
        <source>This instance has no Agent Platform functional check (GitLab 19.5 and later have it), or it is not connected.</source>
        <translation>このインスタンスには Agent Platform の動作チェックがないか (GitLab 19.5 以降で利用できます)、接続されていません。</translation>
    </message>
    <message>
        <source>Name a group or project with GitLab Duo turned on: the check runs there.</source>
        <translation>GitLab Duo が有効なグループまたはプロジェクトを指定してください。チェックはそこで実行されます。</translation>
    </message>
    <message>
        <source>Not connected to the instance: the subscription is read from it.</source>
        <translation>インスタンスに接続されていません。サブスクリプションはインスタンスから読み取ります。</translation>
    </message>
    <message>
        <source>Not connected to the instance: the license&apos;s last sync is read from it.</source>
        <translation>インスタンスに接続されていません。ライセンスの最終同期はインスタンスから読み取ります。</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>Online license</source>
        <translation>オンラインライセンス</translation>
    </message>
    <message>
        <source>Offline license</source>
        <translation>オフラインライセンス</translation>
    </message>
    <message>
        <source>Legacy license</source>
        <translation>レガシーライセンス</translation>
    </message>
    <message>
        <source>This token cannot read the license (an administrator&apos;s token can).</source>
        <translation>このトークンではライセンスを読み取れません (管理者のトークンであれば読み取れます)。</translation>
    </message>
    <message>
        <source>GitLab synchronizes this online license with GitLab&apos;s servers every day around 03:00 UTC; a purchase, such as a Duo add-on, arrives with the next synchronization. To synchronize now, press the sync button next to Last sync on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>GitLab はこのオンラインライセンスを毎日 03:00 UTC 頃に GitLab のサーバーと同期します。Duo アドオンなどの購入内容は、次回の同期で反映されます。今すぐ同期するには、GitLab の管理者エリアのサブスクリプションページで、「最終同期」(Last sync) の横にある同期ボタンを押してください。</translation>
    </message>
    <message>
        <source>An offline license never synchronizes: a purchase, such as a Duo add-on, arrives as a new license file from the GitLab Customers Portal, to be uploaded on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>オフラインライセンスは同期されません。Duo アドオンなどの購入内容は GitLab Customers Portal から新しいライセンスファイルとして提供されるので、GitLab の管理者エリアのサブスクリプションページでアップロードしてください。</translation>
    </message>
    <message>
        <source>A legacy license file never synchronizes: a purchase, such as a Duo add-on, arrives as a new license file, or activate the subscription with an activation code on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>レガシーライセンスファイルは同期されません。Duo アドオンなどの購入内容は新しいライセンスファイルとして提供されます。または、GitLab の管理者エリアのサブスクリプションページで、アクティベーションコードを使用してサブスクリプションを有効化してください。</translation>
    </message>
    <message>
        <source>GitLab names no license type this console knows (%1): see the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>GitLab が示したライセンスの種類 (%1) は、このコンソールでは認識できません。GitLab の管理者エリアのサブスクリプションページを確認してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No instance</source>
        <translation>インスタンスなし</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>キーチェーン: 確認中…</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>キーチェーンの状態</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Duo Console</source>
        <translation>Duo Console について(&amp;A)</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>キーチェーン: 利用可能</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>キーチェーン: 利用不可</translation>
    </message>
    <message>
        <source>About Duo Console</source>
        <translation>Duo Console について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duo Console %1&lt;/h3&gt;&lt;p&gt;A desktop admin console for GitLab Duo Self-Hosted: self-hosted models, AI-native features and the AI gateway, offline drafts and reviewed pushes.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Duo Console %1&lt;/h3&gt;&lt;p&gt;GitLab Duo Self-Hosted 用のデスクトップ管理コンソール: セルフホストモデル、AIネイティブ機能、AIゲートウェイ、オフラインでの下書き、レビュー済みのプッシュ。&lt;/p&gt;&lt;p&gt;MIT ライセンス。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;.</source>
        <translation>「%1」という名前のインスタンスはありません。</translation>
    </message>
    <message>
        <source>GitLab instance</source>
        <translation>GitLab インスタンス</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>インスタンス(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation>インスタンスを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit instance…</source>
        <translation>インスタンスを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove instance…</source>
        <translation>インスタンスを削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>再接続(&amp;C)</translation>
    </message>
    <message>
        <source>The local snapshot could not be refreshed: %1 Pending changes are kept; they are checked against the server when pushed.</source>
        <translation>ローカルのスナップショットを更新できませんでした: %1 保留中の変更は保持され、プッシュ時にサーバーと照合されます。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Duo Console will follow the system&apos;s language from its next start.</source>
        <translation>次回の起動から、Duo Console はシステムの言語で表示されます。</translation>
    </message>
    <message>
        <source>Duo Console will be in %1 from its next start.</source>
        <translation>次回の起動から、Duo Console は %1 で表示されます。</translation>
    </message>
</context>
<context>
    <name>ModelCheck</name>
    <message>
        <source>This GitLab has no connection check (GitLab 17.7 and later have it).</source>
        <translation>この GitLab には接続チェックがありません (GitLab 17.7 以降で利用できます)。</translation>
    </message>
    <message>
        <source>GitLab&apos;s check failed without saying why.</source>
        <translation>GitLab のチェックが理由を示さずに失敗しました。</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>--platform takes api, bedrock or vertex-ai.</source>
        <translation>--platform には api、bedrock、または vertex-ai を指定します。</translation>
    </message>
    <message>
        <source>This instance stores no platform per model (GitLab before 19.0): it cannot serve models from Google Vertex AI. Use api or bedrock.</source>
        <translation>このインスタンスはモデルごとのプラットフォームを保存しません (19.0 より前の GitLab)。Google Vertex AI のモデルは使用できません。api または bedrock を使用してください。</translation>
    </message>
    <message>
        <source>--api-key-stdin was given, but no key was read.</source>
        <translation>--api-key-stdin が指定されましたが、キーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Usage: duo-console models add -i NAME --name N --family F --endpoint URL [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</source>
        <translation>使用方法: duo-console models add -i NAME --name N --family F --endpoint URL [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</translation>
    </message>
    <message>
        <source>Usage: duo-console models edit -i NAME MODEL [--name N] [--family F] [--endpoint URL] [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</source>
        <translation>使用方法: duo-console models edit -i NAME MODEL [--name N] [--family F] [--endpoint URL] [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</translation>
    </message>
    <message>
        <source>Usage: duo-console models delete -i NAME MODEL [--reassign-to OTHER | --disable-features]</source>
        <translation>使用方法: duo-console models delete -i NAME MODEL [--reassign-to OTHER | --disable-features]</translation>
    </message>
    <message>
        <source>No self-hosted models: add one with &apos;duo-console models add&apos;.</source>
        <translation>セルフホストモデルがありません。&apos;duo-console models add&apos; で追加してください。</translation>
    </message>
    <message>
        <source>--endpoint is for models served over the API: GitLab keeps no endpoint for %1 models. Leave it out.</source>
        <translation>--endpoint は API 経由で提供されるモデル用です。GitLab は %1 のモデルのエンドポイントを保存しません。指定しないでください。</translation>
    </message>
</context>
<context>
    <name>ModelDeletion</name>
    <message>
        <source>Delete self-hosted model</source>
        <translation>セルフホストモデルの削除</translation>
    </message>
    <message>
        <source>%1 serves:</source>
        <translation>%1 が提供している機能:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>You are about to delete the %1 self-hosted model. This action cannot be undone.</source>
        <translation>セルフホストモデル %1 を削除しようとしています。この操作は元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <source>You are about to delete %n self-hosted models: %1. This action cannot be undone.</source>
        <translation>
            <numerusform>%n 件のセルフホストモデルを削除しようとしています: %1。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you sure you want to proceed?</source>
        <translation>続行してもよろしいですか?</translation>
    </message>
    <message>
        <source>This self-hosted model cannot be deleted</source>
        <translation>このセルフホストモデルは削除できません</translation>
    </message>
    <message>
        <source>GitLab would leave these features without a model. Choose what serves them, then delete:</source>
        <translation>このままでは、これらの機能に使用するモデルが GitLab 上になくなります。これらの機能の提供方法を選択してから削除してください:</translation>
    </message>
    <message>
        <source>Reassign these features to</source>
        <translation>これらの機能の再割り当て先</translation>
    </message>
    <message>
        <source>Reassign these features and delete</source>
        <translation>これらの機能を再割り当てして削除</translation>
    </message>
    <message>
        <source>Model that takes over</source>
        <translation>引き継ぐモデル</translation>
    </message>
    <message>
        <source>Disable these features and delete</source>
        <translation>これらの機能を無効にして削除</translation>
    </message>
    <message>
        <source>No compatible model</source>
        <translation>互換性のあるモデルなし</translation>
    </message>
    <message>
        <source>View AI-native features</source>
        <translation>AIネイティブ機能を表示</translation>
    </message>
</context>
<context>
    <name>ModelFormDialog</name>
    <message>
        <source>Add self-hosted model</source>
        <translation>セルフホストモデルの追加</translation>
    </message>
    <message>
        <source>Edit self-hosted model</source>
        <translation>セルフホストモデルの編集</translation>
    </message>
    <message>
        <source>Add a new AI model that can be used for GitLab Duo self-hosted features.</source>
        <translation>GitLab Duo セルフホスト機能で使用できる新しい AI モデルを追加します。</translation>
    </message>
    <message>
        <source>Edit the AI model that can be used for GitLab Duo self-hosted features.</source>
        <translation>GitLab Duo セルフホスト機能で使用できる AI モデルを編集します。</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>デプロイ名</translation>
    </message>
    <message>
        <source>A unique and descriptive name for your deployment.</source>
        <translation>一意で説明的なデプロイ名。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>モデルファミリー</translation>
    </message>
    <message>
        <source>Select model</source>
        <translation>モデルの選択</translation>
    </message>
    <message>
        <source>Select an appropriate model family from the list of approved GitLab models.</source>
        <translation>承認された GitLab モデルのリストから適切なモデルファミリーを選択してください。</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Specify the URL endpoint where your self-hosted model is accessible</source>
        <translation>セルフホストモデルにアクセスできる URL エンドポイントを指定してください</translation>
    </message>
    <message>
        <source>Model identifier</source>
        <translation>モデル識別子</translation>
    </message>
    <message>
        <source>Provide the model identifier in the form of provider/model-name</source>
        <translation>provider/model-name 形式でモデル識別子を指定します</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API キーを表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API キー (オプション)</translation>
    </message>
    <message>
        <source>If required, provide the API token that grants access to your self-hosted model deployment.</source>
        <translation>必要に応じて、セルフホストモデルのデプロイへのアクセスを付与する API トークンを提供してください。</translation>
    </message>
    <message>
        <source>To fully set up AWS credentials for this model please refer to the AWS Bedrock Configuration Guide.</source>
        <translation>このモデルの AWS 認証情報をすべて設定するには、AWS Bedrock 設定ガイドを参照してください。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Set: type a new key to replace it</source>
        <translation>設定済み: 置き換えるには新しいキーを入力してください</translation>
    </message>
    <message>
        <source>OpenAI-compatible servers such as vLLM expect the endpoint to end in /v1, for example https://host:8000/v1.</source>
        <translation>vLLM などの OpenAI 互換サーバーでは、エンドポイントの末尾を /v1 にする必要があります (例: https://host:8000/v1)。</translation>
    </message>
    <message>
        <source>The API key: this GitLab does not let administrators read it back. Type it to test the connection with it.</source>
        <translation>API キー: この GitLab では、管理者が API キーを読み出すことはできません。このキーで接続をテストするには、キーを入力してください。</translation>
    </message>
    <message>
        <source>Please enter a model identifier.</source>
        <translation>モデル識別子を入力してください。</translation>
    </message>
</context>
<context>
    <name>ModelTestCommand</name>
    <message>
        <source>Usage: duo-console models test -i NAME MODEL [--api-key-stdin] [--json]</source>
        <translation>使用方法: duo-console models test -i NAME MODEL [--api-key-stdin] [--json]</translation>
    </message>
    <message>
        <source>A test reaches the instance and the model; it cannot run with --offline.</source>
        <translation>テストではインスタンスとモデルに接続するため、--offline では実行できません。</translation>
    </message>
    <message>
        <source>There is no model &apos;%1&apos;.</source>
        <translation>モデル「%1」はありません。</translation>
    </message>
    <message>
        <source>From GitLab (GitLab → AI gateway → model): %1</source>
        <translation>GitLab から (GitLab → AIゲートウェイ → モデル): %1</translation>
    </message>
    <message>
        <source>From this computer (%1): %2</source>
        <translation>このコンピューターから (%1): %2</translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>エンドポイントなし</translation>
    </message>
</context>
<context>
    <name>ModelTestResult</name>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>name lookup %1, connect started %2, TLS done %3, first byte %4, total %5</source>
        <translation>名前解決 %1、接続開始 %2、TLS 完了 %3、最初のバイト %4、合計 %5</translation>
    </message>
</context>
<context>
    <name>ModelTestView</name>
    <message>
        <source>From GitLab: testing…</source>
        <translation>GitLab から: テスト中…</translation>
    </message>
    <message>
        <source>From this computer: testing…</source>
        <translation>このコンピューターから: テスト中…</translation>
    </message>
    <message>
        <source>From GitLab (GitLab → AI gateway → model): %1
%2</source>
        <translation>GitLab から (GitLab → AIゲートウェイ → モデル): %1
%2</translation>
    </message>
    <message>
        <source>From this computer: %1
%2</source>
        <translation>このコンピューターから: %1
%2</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Add self-hosted model</source>
        <translation>セルフホストモデルの追加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit the selected model</source>
        <translation>選択したモデルを編集</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the selected model as a new draft</source>
        <translation>選択したモデルを新しい下書きとしてコピー</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected models</source>
        <translation>選択したモデルを削除</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Test the selected model&apos;s connection</source>
        <translation>選択したモデルの接続をテスト</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Read the models from GitLab again</source>
        <translation>GitLab からモデルを再度読み取る</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>モデルを絞り込み</translation>
    </message>
    <message>
        <source>Filter by name, family, endpoint or identifier</source>
        <translation>名前、ファミリー、エンドポイント、識別子で絞り込み</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>セルフホストモデル</translation>
    </message>
    <message>
        <source>Model columns</source>
        <translation>モデルの列</translation>
    </message>
    <message>
        <source>Reading the models from GitLab…</source>
        <translation>GitLab からモデルを読み取っています…</translation>
    </message>
    <message>
        <source>Loading the self-hosted models…</source>
        <translation>セルフホストモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Not read from GitLab yet: Refresh reads every model.</source>
        <translation>まだ GitLab から読み取っていません。「再読み込み」ですべてのモデルを読み取ります。</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its models. Models added now wait in Pending changes.</source>
        <translation>まだ一度も GitLab から読み取っていません。モデルを表示するには、インスタンスに接続してください。ここで追加したモデルは「保留中の変更」で待機します。</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Edits wait in Pending changes.</source>
        <translation>オフライン: %1 に GitLab から読み取った内容です。編集内容は「保留中の変更」で待機します。</translation>
    </message>
    <message>
        <source>No self-hosted models yet. Add a self-hosted model and select it for a feature to start using it.</source>
        <translation>セルフホストモデルはまだありません。セルフホストモデルを追加し、機能に選択すると使用を開始できます。</translation>
    </message>
    <message>
        <source>No model matches the filter.</source>
        <translation>フィルターに一致するモデルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>モデル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Model rows</source>
        <translation>モデルの行</translation>
    </message>
    <message>
        <source>Select all models</source>
        <translation>すべてのモデルを選択</translation>
    </message>
</context>
<context>
    <name>ModelsTableModel</name>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>to delete</source>
        <translation>削除予定</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>Recorded here, not yet pushed to GitLab.</source>
        <translation>ここに記録済みで、まだ GitLab にプッシュされていません。</translation>
    </message>
    <message>
        <source>The last push did not apply it: see Pending changes.</source>
        <translation>前回のプッシュでは適用されませんでした。「保留中の変更」を参照してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>モデルファミリー</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Model identifier</source>
        <translation>モデル識別子</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用中の機能</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
</context>
<context>
    <name>Mutations</name>
    <message>
        <source>GitLab answered the creation without the new model&apos;s id.</source>
        <translation>GitLab は作成に応答しましたが、新しいモデルの ID が含まれていませんでした。</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>お知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>PaneCatalog</name>
    <message>
        <source>No GitLab instance yet</source>
        <translation>GitLab インスタンスがまだありません</translation>
    </message>
    <message>
        <source>Add a GitLab instance first: its URL and an administrator&apos;s personal access token with the api and admin_mode scopes.</source>
        <translation>まず GitLab インスタンスを追加してください。その URL と、api および admin_mode スコープを持つ管理者のパーソナルアクセストークンが必要です。</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>License, GitLab Duo add-ons and seats, and whether this instance may use self-hosted models.</source>
        <translation>ライセンス、GitLab Duo アドオンとシート、およびこのインスタンスでセルフホストモデルを使用できるかどうか。</translation>
    </message>
    <message>
        <source>The license plan, licensee and dates, Duo add-on seats, the last subscription sync, and why self-hosted models are or are not available will show here.</source>
        <translation>ライセンスのプラン、ライセンシーと期間、Duo アドオンのシート、最後のサブスクリプション同期、およびセルフホストモデルが利用可能かどうかとその理由がここに表示されます。</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>セルフホストモデル</translation>
    </message>
    <message>
        <source>The models your GitLab Duo features can use: deployment name, model family, endpoint, model identifier and API key.</source>
        <translation>GitLab Duo の機能で使用できるモデル: デプロイ名、モデルファミリー、エンドポイント、モデル識別子、API キー。</translation>
    </message>
    <message>
        <source>Every self-hosted model deployment will be listed here, with no 100-row limit, ready to add, edit, test and delete.</source>
        <translation>すべてのセルフホストモデルのデプロイが 100 行の制限なしでここに一覧表示され、追加、編集、テスト、削除を行えます。</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>AIネイティブ機能</translation>
    </message>
    <message>
        <source>Choose for each AI-native feature: Disabled, a GitLab AI vendor model, or one of your self-hosted models.</source>
        <translation>AIネイティブ機能ごとに、無効、GitLab の AI ベンダーモデル、またはセルフホストモデルのいずれかを選択します。</translation>
    </message>
    <message>
        <source>Every feature the instance reports will show here, grouped as GitLab groups them, with its release state and the models it accepts.</source>
        <translation>インスタンスが報告するすべての機能が、GitLab と同じグループ分けで、リリース状態と使用可能なモデルとともにここに表示されます。</translation>
    </message>
    <message>
        <source>AI gateway</source>
        <translation>AIゲートウェイ</translation>
    </message>
    <message>
        <source>The AI gateway URL and timeout, and health checks from this desktop and from the GitLab server.</source>
        <translation>AIゲートウェイの URL とタイムアウト、およびこのデスクトップと GitLab サーバーからのヘルスチェック。</translation>
    </message>
    <message>
        <source>The gateway URL, its health as seen from this desktop, and GitLab&apos;s own probes will show here as a setup checklist.</source>
        <translation>ゲートウェイの URL、このデスクトップから見たその状態、GitLab 自身によるチェックが、セットアップのチェックリストとしてここに表示されます。</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message>
        <source>Edits recorded on this computer and not yet pushed to GitLab.</source>
        <translation>このコンピューターに記録され、まだ GitLab にプッシュされていない編集。</translation>
    </message>
    <message>
        <source>Changes you make, online or offline, wait here to be reviewed against the server and pushed as one plan.</source>
        <translation>オンラインまたはオフラインで行った変更はここで待機し、サーバーと照合してレビューされた後、1 つのプランとしてプッシュされます。</translation>
    </message>
</context>
<context>
    <name>PendingChangesPane</name>
    <message>
        <source>Push all</source>
        <translation>すべてプッシュ</translation>
    </message>
    <message>
        <source>Push all changes</source>
        <translation>すべての変更をプッシュ</translation>
    </message>
    <message>
        <source>Push selected</source>
        <translation>選択項目をプッシュ</translation>
    </message>
    <message>
        <source>Push the selected changes</source>
        <translation>選択した変更をプッシュ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Discard the selected changes</source>
        <translation>選択した変更を破棄</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の値を保持</translation>
    </message>
    <message>
        <source>Keep my value for the selected conflicting field</source>
        <translation>選択した競合フィールドで自分の値を保持</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>サーバーの値を採用</translation>
    </message>
    <message>
        <source>Take the server&apos;s value for the selected conflicting field</source>
        <translation>選択した競合フィールドでサーバーの値を採用</translation>
    </message>
    <message>
        <source>Stop at the first error</source>
        <translation>最初のエラーで停止</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message>
        <source>Pending changes columns</source>
        <translation>保留中の変更の列</translation>
    </message>
    <message>
        <source>Push history</source>
        <translation>プッシュ履歴</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Push history columns</source>
        <translation>プッシュ履歴の列</translation>
    </message>
    <message>
        <source>Push progress</source>
        <translation>プッシュの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the push</source>
        <translation>プッシュをキャンセル</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n step(s)…</source>
        <translation>
            <numerusform>%n 個のステップをプッシュしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Checking the changes against the server…</source>
        <translation>変更をサーバーと照合しています…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Select a conflicting field and keep yours or take the server&apos;s, then push again.</source>
        <translation>競合しているフィールドを選択し、自分の値を保持するかサーバーの値を採用してから、再度プッシュしてください。</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>破棄しました。</translation>
    </message>
    <message>
        <source>The push stopped when its instance was closed; push again to finish it.</source>
        <translation>インスタンスが閉じられたため、プッシュは停止しました。完了するには再度プッシュしてください。</translation>
    </message>
    <message>
        <source>Cancelling after the batches in flight…</source>
        <translation>送信中のバッチが終わりしだいキャンセルします…</translation>
    </message>
</context>
<context>
    <name>PlanGraph</name>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos; once the model holding that name has given it up</source>
        <translation>その名前を使用中のモデルが名前を解放した後、「%1」を「%2」に名前変更</translation>
    </message>
    <message>
        <source>(as &apos;%1&apos; until &apos;%2&apos; gives its name up)</source>
        <translation>(「%2」が名前を解放するまでは「%1」として)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the instance a name.</source>
        <translation>インスタンスに名前を付けてください。</translation>
    </message>
    <message>
        <source>An instance named &apos;%1&apos; already exists.</source>
        <translation>「%1」という名前のインスタンスはすでに存在します。</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read (no permission). Instances cannot be listed until it can.</source>
        <translation>設定ファイル %1 を読み取れません (権限がありません)。読み取れるようになるまで、インスタンスを一覧表示できません。</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a Duo Console configuration (it cannot be parsed). It was left as it is; fix it, or move it aside to start again.</source>
        <translation>設定ファイル %1 は Duo Console の設定ではありません (解析できません)。ファイルはそのまま残してあります。修正するか、最初からやり直すためにこのファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The configuration file %1 could not be read; it was kept as %2, and a new one was started.</source>
        <translation>設定ファイル %1 を読み取れませんでした。元のファイルを %2 として保存し、新しい設定ファイルを作成しました。</translation>
    </message>
    <message>
        <source>The configuration file %1 could not be written.</source>
        <translation>設定ファイル %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The instance name is %1 characters long; keep it to %2.</source>
        <translation>インスタンス名の長さが %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The instance name</source>
        <translation>インスタンス名</translation>
    </message>
</context>
<context>
    <name>PushAnswers</name>
    <message>
        <source>%1 — this draft was most likely created by a push that was interrupted, but GitLab hides it: its family is in beta and beta models are not accepted in the web UI (Admin &gt; GitLab Duo). Accept beta models there to see it; do not create it again under another name.</source>
        <translation>%1 — この下書きは中断されたプッシュによってすでに作成されている可能性が高いですが、GitLab はそれを非表示にしています。ファミリーがベータ版で、Web UI (Admin &gt; GitLab Duo) でベータモデルが承認されていないためです。表示するにはそこでベータモデルを承認してください。別の名前で再作成しないでください。</translation>
    </message>
    <message>
        <source>%1 — a model with this name exists but GitLab hides it: its family is in beta and beta models are not accepted in the web UI (Admin &gt; GitLab Duo). Choose another name, or accept beta models there.</source>
        <translation>%1 — この名前のモデルは存在しますが、GitLab によって非表示になっています。そのファミリーはベータ版であり、Web UI (Admin &gt; GitLab Duo) でベータ版モデルが許可されていません。別の名前を選択するか、そこでベータ版モデルを許可してください。</translation>
    </message>
</context>
<context>
    <name>PushCheck</name>
    <message>
        <source>Changed on the server too: %1. Keep yours or take the server&apos;s.</source>
        <translation>サーバー側でも変更されています: %1。自分の値を保持するか、サーバーの値を採用してください。</translation>
    </message>
    <message>
        <source>A model named &apos;%1&apos; was created on the server meanwhile. Rename the draft, or discard it.</source>
        <translation>その間に「%1」という名前のモデルがサーバー上で作成されました。下書きの名前を変更するか、下書きを破棄してください。</translation>
    </message>
    <message>
        <source>This model was deleted on the server. Discard the change, or create the model again.</source>
        <translation>このモデルはサーバー上で削除されました。変更を破棄するか、モデルを再作成してください。</translation>
    </message>
    <message>
        <source>Assigned differently on the server too: %1. Keep yours or take the server&apos;s.</source>
        <translation>サーバー側でも別の割り当てに変更されています: %1。自分の値を保持するか、サーバーの値を採用してください。</translation>
    </message>
    <message>
        <source>GitLab no longer offers a model allowlist for %1. Take the server&apos;s side to drop this change.</source>
        <translation>GitLab は %1 のモデル許可リストを提供しなくなりました。この変更を破棄するには、サーバー側の値を採用してください。</translation>
    </message>
    <message>
        <source>%1 Edit the draft, or discard it.</source>
        <translation>%1 下書きを編集するか、破棄してください。</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos;</source>
        <translation>モデル「%1」</translation>
    </message>
</context>
<context>
    <name>PushOutcome</name>
    <message>
        <source>%1, %2, %3; %4.</source>
        <comment>pushed, failed, in conflict; requests</comment>
        <translation>%1、%2、%3、%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pushed</source>
        <translation>
            <numerusform>%n 件の変更をプッシュ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n 件競合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件のリクエスト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushPlanner</name>
    <message>
        <source>Create model &apos;%1&apos; (%2)</source>
        <translation>モデル「%1」を作成 (%2)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Update model &apos;%1&apos;: %2</source>
        <translation>モデル「%1」を更新: %2</translation>
    </message>
    <message>
        <source>self-hosted model &apos;%1&apos;</source>
        <translation>セルフホストモデル「%1」</translation>
    </message>
    <message>
        <source>GitLab AI vendor model</source>
        <translation>GitLab の AI ベンダーモデル</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 を %2 に設定</translation>
    </message>
    <message>
        <source>Update Duo settings: %1</source>
        <translation>Duo の設定を更新: %1</translation>
    </message>
    <message>
        <source>Delete model &apos;%1&apos;</source>
        <translation>モデル「%1」を削除</translation>
    </message>
    <message>
        <source>Disable %1 before deleting &apos;%2&apos;</source>
        <translation>「%2」の削除前に %1 を無効化</translation>
    </message>
    <message>
        <source>Move %1 from &apos;%2&apos; to &apos;%3&apos; before deleting &apos;%2&apos;</source>
        <translation>「%2」の削除前に %1 を「%2」から「%3」に移動</translation>
    </message>
    <message>
        <source>Limit %1 to the allowlist: %2</source>
        <translation>%1 を許可リストに制限: %2</translation>
    </message>
    <message>
        <source>the chosen model only</source>
        <translation>選択したモデルのみ</translation>
    </message>
    <message>
        <source>Turn off the model allowlist of %1</source>
        <translation>%1 のモデル許可リストを無効化</translation>
    </message>
    <message>
        <source>GitLab AI vendor model %1</source>
        <translation>GitLab の AI ベンダーモデル %1</translation>
    </message>
</context>
<context>
    <name>PushRecords</name>
    <message>
        <source>Another push of this instance is running: %1 (process %2 on %3) has pushed since %4. Wait for it to finish, then push again.</source>
        <translation>このインスタンスの別のプッシュが実行中です: %1 (%3 上のプロセス %2) が %4 からプッシュしています。完了するまで待ってから、再度プッシュしてください。</translation>
    </message>
    <message>
        <source>This push no longer holds the instance&apos;s push lease; nothing more was sent. Push again.</source>
        <translation>このプッシュはインスタンスのプッシュロックを保持していません。これ以上は送信されていません。再度プッシュしてください。</translation>
    </message>
</context>
<context>
    <name>PushStep</name>
    <message>
        <source>(from the keychain)</source>
        <translation>(キーチェーンから)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No token is stored in the system keychain for this instance.</source>
        <translation>このインスタンスのトークンはシステムのキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet; until then a token can only be used for this session.</source>
        <translation>システムのキーチェーンを利用できません (%1)。GNOME Keyring や KWallet などの Secret Service を起動してください。それまでは、トークンはこのセッションでのみ使用できます。</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>システムのキーチェーンがロックされているか、アクセスを拒否しました (%1)。ロックを解除して再試行してください。</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for a password prompt; unlock it and try again.</source>
        <translation>システムのキーチェーンが時間内に応答しませんでした。パスワードの入力を待っている可能性があります。ロックを解除して再試行してください。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the token cannot be read or stored. Unlock it (log in to the desktop session, or unlock the &quot;Login&quot; keyring in Passwords and Keys / KWallet Manager), then try again.</source>
        <translation>システムのキーチェーンがロックされているため、トークンの読み取りも保存もできません。ロックを解除してから (デスクトップセッションにログインするか、パスワードと鍵 / KWallet Manager で「Login」キーリングのロックを解除します)、再試行してください。</translation>
    </message>
</context>
<context>
    <name>ServerReader</name>
    <message>
        <source>GitLab does not let this token list self-hosted models: an administrator&apos;s token and the Duo Enterprise add-on are needed.</source>
        <translation>GitLab はこのトークンによるセルフホストモデルの一覧表示を許可していません。管理者のトークンと Duo Enterprise アドオンが必要です。</translation>
    </message>
    <message>
        <source>GitLab does not show this token the AI-native feature settings: it needs an administrator who may manage self-hosted models.</source>
        <translation>GitLab はこのトークンに AIネイティブ機能の設定を表示しません。セルフホストモデルを管理できる管理者が必要です。</translation>
    </message>
</context>
<context>
    <name>SettingsDrift</name>
    <message>
        <source>(unset)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>AIゲートウェイの URL</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>AIゲートウェイのタイムアウト</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>Agent Platform サービスの URL</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>Agent Platform の TLS</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>SetupCheck</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>GitLab instance reachable</source>
        <translation>GitLab インスタンスへの到達</translation>
    </message>
    <message>
        <source>GitLab %1 answered.</source>
        <translation>GitLab %1 が応答しました。</translation>
    </message>
    <message>
        <source>Not connected to the instance.</source>
        <translation>インスタンスに接続されていません。</translation>
    </message>
    <message>
        <source>Check the instance&apos;s URL, proxy and CA file (Instance &gt; Edit instance), and that GitLab is up.</source>
        <translation>インスタンスの URL、プロキシ、CA ファイル (インスタンス &gt; インスタンスを編集)、および GitLab が稼働していることを確認してください。</translation>
    </message>
    <message>
        <source>Access token: scopes and expiry</source>
        <translation>アクセストークン: スコープと有効期限</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>License and GitLab Duo add-on</source>
        <translation>ライセンスと GitLab Duo アドオン</translation>
    </message>
    <message>
        <source>Needs a connection to the instance.</source>
        <translation>インスタンスへの接続が必要です。</translation>
    </message>
    <message>
        <source>GitLab did not say which scopes the token has.</source>
        <translation>GitLab はトークンのスコープを返しませんでした。</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>スコープ: %1。</translation>
    </message>
    <message>
        <source>Create a personal access token with the api and admin_mode scopes and replace the stored one (Instance &gt; Edit instance).</source>
        <translation>api および admin_mode スコープを持つパーソナルアクセストークンを作成し、保存されているトークンを置き換えてください (インスタンス &gt; インスタンスを編集)。</translation>
    </message>
    <message>
        <source>%1 is an administrator.</source>
        <translation>%1 は管理者です。</translation>
    </message>
    <message>
        <source>%1 is not an administrator.</source>
        <translation>%1 は管理者ではありません。</translation>
    </message>
    <message>
        <source>Use the token of an administrator: only they can configure GitLab Duo Self-Hosted.</source>
        <translation>管理者のトークンを使用してください。GitLab Duo Self-Hosted を設定できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>This instance may use self-hosted models.</source>
        <translation>このインスタンスではセルフホストモデルを使用できます。</translation>
    </message>
    <message>
        <source>AI gateway URL set</source>
        <translation>AIゲートウェイの URL の設定</translation>
    </message>
    <message>
        <source>The instance was never read: refresh it first.</source>
        <translation>インスタンスがまだ一度も読み取られていません。先に再読み込みしてください。</translation>
    </message>
    <message>
        <source>No AI gateway URL is set.</source>
        <translation>AIゲートウェイの URL が設定されていません。</translation>
    </message>
    <message>
        <source>Set the local AI gateway URL on the AI gateway pane.</source>
        <translation>「AIゲートウェイ」ペインでローカル AIゲートウェイの URL を設定してください。</translation>
    </message>
    <message>
        <source>Set AI_GATEWAY_URL in /etc/gitlab/gitlab.rb (see the AI gateway pane).</source>
        <translation>/etc/gitlab/gitlab.rb で AI_GATEWAY_URL を設定してください (「AIゲートウェイ」ペインを参照)。</translation>
    </message>
    <message>
        <source>The AI gateway URL %1 is not an http:// or https:// URL.</source>
        <translation>AIゲートウェイの URL %1 は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>Correct it on the AI gateway pane.</source>
        <translation>「AIゲートウェイ」ペインで修正してください。</translation>
    </message>
    <message>
        <source>Features point at usable models</source>
        <translation>機能の割り当て先モデルが使用可能</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every feature set to a self-hosted model can use it.</source>
        <translation>セルフホストモデルに設定されたすべての機能が、そのモデルを使用できます。</translation>
    </message>
    <message>
        <source>Choose another model for these features on the AI-native features pane. A model of a beta family is hidden until beta models are accepted.</source>
        <translation>「AIネイティブ機能」ペインで、これらの機能に別のモデルを選択してください。ベータ版ファミリーのモデルは、ベータモデルが承認されるまで表示されません。</translation>
    </message>
    <message>
        <source>Settings kept across upgrades</source>
        <translation>アップグレード後の設定の維持</translation>
    </message>
    <message>
        <source>GitLab %1 → %2 reset: %3</source>
        <translation>GitLab %1 → %2 でリセットされた設定: %3</translation>
    </message>
    <message>
        <source>Restore them on the AI gateway pane.</source>
        <translation>「AIゲートウェイ」ペインで復元してください。</translation>
    </message>
    <message>
        <source>No setting was reset by an upgrade.</source>
        <translation>アップグレードでリセットされた設定はありません。</translation>
    </message>
    <message>
        <source>AI gateway from this computer (health, TCP, TLS)</source>
        <translation>このコンピューターからの AIゲートウェイ (ヘルスチェック、TCP、TLS)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The gateway answers but is unhealthy: read its logs.</source>
        <translation>ゲートウェイは応答していますが、正常ではありません。ログを確認してください。</translation>
    </message>
    <message>
        <source>Check that the gateway runs and that this computer may reach it (firewall, proxy, CA file).</source>
        <translation>ゲートウェイが稼働していること、およびこのコンピューターからゲートウェイに到達できること (ファイアウォール、プロキシ、CA ファイル) を確認してください。</translation>
    </message>
    <message>
        <source>GitLab&apos;s own probes</source>
        <translation>GitLab 自身のプローブ</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) passed.</source>
        <translation>
            <numerusform>%n 件のプローブに成功しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>GitLab&apos;s server cannot reach what these name: check the gateway URL and the network from the GitLab server.</source>
        <translation>GitLab のサーバーから、これらのプローブの対象に到達できません。ゲートウェイの URL と、GitLab サーバーからのネットワークを確認してください。</translation>
    </message>
    <message>
        <source>Model %1: from GitLab and from here</source>
        <translation>モデル %1: GitLab からとここから</translation>
    </message>
    <message>
        <source>From GitLab: %1</source>
        <translation>GitLab から: %1</translation>
    </message>
    <message>
        <source>From here: %1</source>
        <translation>ここから: %1</translation>
    </message>
    <message>
        <source>GitLab reaches it; this computer does not: a local network limit, not a fault of the set-up.</source>
        <translation>GitLab からは到達できますが、このコンピューターからは到達できません。セットアップの不具合ではなく、ローカルネットワークの制限によるものです。</translation>
    </message>
    <message>
        <source>Check the model&apos;s endpoint, identifier and key on the Self-hosted models pane, and that the gateway reaches the model server.</source>
        <translation>「セルフホストモデル」ペインでモデルのエンドポイント、識別子、キーを確認し、ゲートウェイがモデルサーバーに到達できることを確認してください。</translation>
    </message>
</context>
<context>
    <name>SetupCheckDialog</name>
    <message>
        <source>Setup check</source>
        <translation>セットアップチェック</translation>
    </message>
    <message>
        <source>Every link from GitLab to a working self-hosted model, checked at once: unlike GitLab&apos;s own check, one failure does not stop the others.</source>
        <translation>GitLab から動作するセルフホストモデルまでのすべての接続を一度にチェックします。GitLab 自身のチェックとは異なり、1 つが失敗しても他のチェックは停止しません。</translation>
    </message>
    <message>
        <source>Setup check results</source>
        <translation>セットアップチェックの結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Setup check columns</source>
        <translation>セットアップチェックの列</translation>
    </message>
    <message>
        <source>Test every model, not only those features use</source>
        <translation>機能で使用しているモデルだけでなく、すべてのモデルをテストする</translation>
    </message>
    <message>
        <source>Test every model</source>
        <translation>すべてのモデルをテスト</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation>チェックを実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>チェックをキャンセル</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation>レポートを Markdown としてコピー</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON をコピー</translation>
    </message>
    <message>
        <source>Copy the report as JSON</source>
        <translation>レポートを JSON としてコピー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>%2 件中 %1 件をチェック済み</translation>
    </message>
</context>
<context>
    <name>SetupItem</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>SetupReport</name>
    <message>
        <source># Duo Console setup check: %1</source>
        <translation># Duo Console セットアップチェック: %1</translation>
    </message>
    <message>
        <source>| Check | Result | Time | Details |</source>
        <translation>| チェック | 結果 | 時間 | 詳細 |</translation>
    </message>
    <message>
        <source> Fix: %1</source>
        <translation> 対処方法: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>passed, warnings, failed, skipped</comment>
        <translation>%1、%2、%3、%4</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>成功 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>スキップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (キャンセル済み)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>, administrator</source>
        <translation>、管理者</translation>
    </message>
    <message>
        <source>, not an administrator</source>
        <translation>、非管理者</translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation>トークンのスコープ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>トークンの有効期限</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>%1 (%2), %3 seats, expires %4</source>
        <translation>%1 (%2)、%3 シート、有効期限 %4</translation>
    </message>
    <message>
        <source>not readable with this token</source>
        <translation>このトークンでは読み取れません</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 seats assigned)</source>
        <translation>%1 (%3 シート中 %2 シートを割り当て済み)</translation>
    </message>
    <message>
        <source>Duo add-ons</source>
        <translation>Duo アドオン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>API shape</source>
        <translation>API 形態</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>セルフホストモデル</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation>不許可: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>status asks the instance itself; it cannot run with --offline.</source>
        <translation>status はインスタンス自体に問い合わせるため、--offline では実行できません。</translation>
    </message>
    <message>
        <source>model connection check</source>
        <translation>モデルの接続チェック</translation>
    </message>
    <message>
        <source>a platform per model</source>
        <translation>モデルごとのプラットフォーム</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>AIゲートウェイの URL</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>AIゲートウェイのタイムアウト</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>Agent Platform サービスの URL</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>Agent Platform の TLS</translation>
    </message>
    <message>
        <source>model allowlists</source>
        <translation>モデル許可リスト</translation>
    </message>
    <message>
        <source>Agent Platform functional check</source>
        <translation>Agent Platform の動作チェック</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>対応機能</translation>
    </message>
    <message>
        <source>New in this GitLab</source>
        <translation>この GitLab の新規項目</translation>
    </message>
    <message>
        <source>%1 (shown by GitLab&apos;s raw names)</source>
        <translation>%1 (GitLab の生の名前で表示)</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>--all goes with --check: it tests every model.</source>
        <translation>--all は --check と組み合わせて指定します。すべてのモデルをテストします。</translation>
    </message>
</context>
<context>
    <name>SubscriptionCommand</name>
    <message numerus="yes">
        <source>%1 to %2  %3, %4, %n seat(s)</source>
        <translation>
            <numerusform>%1～%2  %3、%4、%n シート</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1、%2%3</translation>
    </message>
    <message>
        <source> (trial)</source>
        <translation> (トライアル)</translation>
    </message>
    <message>
        <source>Licensed to</source>
        <translation>ライセンシー</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>アクティベート日時</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Seats in subscription</source>
        <translation>サブスクリプションのシート数</translation>
    </message>
    <message>
        <source>Billable users</source>
        <translation>請求対象ユーザー数</translation>
    </message>
    <message>
        <source>Maximum users</source>
        <translation>最大ユーザー数</translation>
    </message>
    <message>
        <source>Users over subscription</source>
        <translation>サブスクリプション超過ユーザー数</translation>
    </message>
    <message>
        <source>not readable with this token (an administrator&apos;s token can)</source>
        <translation>このトークンでは読み取れません (管理者のトークンであれば読み取れます)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 seats assigned)</source>
        <translation>%1 (%3 シート中 %2 シートを割り当て済み)</translation>
    </message>
    <message>
        <source>Duo add-ons</source>
        <translation>Duo アドオン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>セルフホストモデル</translation>
    </message>
    <message>
        <source>available on this instance</source>
        <translation>このインスタンスで利用可能</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>履歴:</translation>
    </message>
    <message>
        <source>Subscriptions to come:</source>
        <translation>今後のサブスクリプション:</translation>
    </message>
    <message>
        <source>The license&apos;s history could not be read: %1</source>
        <translation>ライセンスの履歴を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>subscription asks the instance itself; it cannot run with --offline.</source>
        <translation>subscription はインスタンス自体に問い合わせるため、--offline では実行できません。</translation>
    </message>
    <message>
        <source>Usage: duo-console subscription -i NAME [--json]</source>
        <translation>使用方法: duo-console subscription -i NAME [--json]</translation>
    </message>
</context>
<context>
    <name>SubscriptionPane</name>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>プラン:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>最終同期:</translation>
    </message>
    <message>
        <source>GitLab Duo</source>
        <translation>GitLab Duo</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>アドオン:</translation>
    </message>
    <message>
        <source>Self-hosted models:</source>
        <translation>セルフホストモデル:</translation>
    </message>
    <message>
        <source>This connection</source>
        <translation>この接続</translation>
    </message>
    <message>
        <source>GitLab:</source>
        <translation>GitLab:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>To fix:</source>
        <translation>要対応:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>This token cannot read the license (an administrator&apos;s token can).</source>
        <translation>このトークンではライセンスを読み取れません (管理者のトークンであれば読み取れます)。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats assigned</source>
        <translation>%1: %3 シート中 %2 シートを割り当て済み</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Available on this instance.</source>
        <translation>このインスタンスで利用可能です。</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>%1 (revision %2), API shape %3</source>
        <translation>%1 (リビジョン %2)、API 形態 %3</translation>
    </message>
    <message>
        <source>%1 (%2); scopes: %3</source>
        <translation>%1 (%2)、スコープ: %3</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>not an administrator</source>
        <translation>非管理者</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>; expires %1</source>
        <translation>、有効期限 %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Licensed to:</source>
        <translation>ライセンシー:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>アクティベート日時:</translation>
    </message>
    <message>
        <source>Seats in subscription:</source>
        <translation>サブスクリプションのシート数:</translation>
    </message>
    <message>
        <source>Billable users:</source>
        <translation>請求対象ユーザー数:</translation>
    </message>
    <message>
        <source>Maximum users:</source>
        <translation>最大ユーザー数:</translation>
    </message>
    <message>
        <source>Users over subscription:</source>
        <translation>サブスクリプション超過ユーザー数:</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Synchronize subscription…</source>
        <translation>サブスクリプションを同期…</translation>
    </message>
    <message>
        <source>Synchronize subscription</source>
        <translation>サブスクリプションを同期</translation>
    </message>
    <message>
        <source>GitLab has no API for synchronizing: this opens the subscription page in your browser and watches Last sync until it changes.</source>
        <translation>GitLab には同期用の API がありません。ブラウザーでサブスクリプションページを開き、「最終同期」が変わるまで監視します。</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>監視を停止</translation>
    </message>
    <message>
        <source>Stop watching the last sync</source>
        <translation>最終同期の監視を停止</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>再度読み取る</translation>
    </message>
    <message>
        <source>Read the subscription again</source>
        <translation>サブスクリプションを再度読み取る</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Subscription history</source>
        <translation>サブスクリプション履歴</translation>
    </message>
    <message>
        <source>Subscriptions to come</source>
        <translation>今後のサブスクリプション</translation>
    </message>
    <message>
        <source>Stopped watching. Last sync: %1.</source>
        <translation>監視を停止しました。最終同期: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Watching Last sync for %n more second(s)…</source>
        <translation>
            <numerusform>「最終同期」をあと %n 秒間監視しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>The last read failed: %1</source>
        <translation>前回の読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>The subscription synchronized: Last sync is now %1 (it was %2).</source>
        <translation>サブスクリプションが同期されました。最終同期は %1 になりました (以前は %2)。</translation>
    </message>
    <message numerus="yes">
        <source>Last sync did not change within %n minute(s). The synchronization may still be running, or GitLab could not reach its servers (the page in the browser says so); press Read again later.</source>
        <translation>
            <numerusform>%n 分以内に「最終同期」が変わりませんでした。同期がまだ実行中か、GitLab が GitLab のサーバーに到達できなかった可能性があります (その場合はブラウザーのページに表示されます)。後で「再度読み取る」を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: columns</source>
        <translation>%1: 列</translation>
    </message>
    <message>
        <source>%1: rows</source>
        <translation>%1: 行</translation>
    </message>
    <message>
        <source>%1: select all</source>
        <translation>%1: すべて選択</translation>
    </message>
    <message>
        <source>Reading the subscription…</source>
        <translation>サブスクリプションを読み取っています…</translation>
    </message>
    <message>
        <source>%1, trial</source>
        <translation>%1、トライアル</translation>
    </message>
    <message>
        <source>%1 (this license does not synchronize)</source>
        <translation>%1 (このライセンスは同期されません)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>アクティベート日</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>シート数</translation>
    </message>
    <message>
        <source>The subscription could not be read: %1</source>
        <translation>サブスクリプションを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Read from GitLab at %1.</source>
        <translation>%1 に GitLab から読み取りました。</translation>
    </message>
    <message>
        <source>Synchronization does not apply to this license (%1): GitLab synchronizes only online licenses, activated with an activation code. See above for how a purchase reaches it.</source>
        <translation>このライセンス (%1) には同期は適用されません。GitLab が同期するのは、アクティベーションコードで有効化されたオンラインライセンスのみです。購入内容がこのライセンスに反映される方法については、上記を参照してください。</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open %1, press the sync button next to Last sync, then press Read again here.</source>
        <translation>ブラウザーを開けませんでした。%1 を開いて「最終同期」の横にある同期ボタンを押してから、ここで「再度読み取る」を押してください。</translation>
    </message>
    <message>
        <source>GitLab has no API for synchronizing a subscription, so its Subscription page is now open in your browser: press the sync button next to Last sync there. Duo Console watches Last sync (now %1) and says when it changes.</source>
        <translation>GitLab にはサブスクリプションを同期する API がないため、ブラウザーでサブスクリプションページを開きました。そのページで「最終同期」の横にある同期ボタンを押してください。Duo Console は「最終同期」(現在 %1) を監視し、変わったらお知らせします。</translation>
    </message>
</context>
<context>
    <name>SubscriptionReader</name>
    <message>
        <source>GitLab did not let this token read the license (an administrator&apos;s token can).</source>
        <translation>GitLab はこのトークンによるライセンスの読み取りを許可しませんでした (管理者のトークンであれば読み取れます)。</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>CA バンドル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>CA バンドル %1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>%1 の証明書が拒否されました: %2</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation>サブジェクト: %1
発行者: %2
有効期間: %3～%4
SHA-256 フィンガープリント: %5</translation>
    </message>
    <message>
        <source>Ask the instance&apos;s administrator to renew or correct the certificate, or check that the URL uses the name the certificate was issued for.</source>
        <translation>インスタンスの管理者に証明書の更新または修正を依頼するか、URL が証明書の発行先の名前を使用していることを確認してください。</translation>
    </message>
    <message>
        <source>The certificate is outside its validity period (valid from %1 to %2): ask the instance&apos;s administrator to renew it. A CA file cannot help here.</source>
        <translation>証明書が有効期間外です (有効期間: %1～%2)。インスタンスの管理者に証明書の更新を依頼してください。CA ファイルではこの問題を解決できません。</translation>
    </message>
    <message>
        <source>The certificate was not issued for %1: check that the URL uses the name the certificate was issued for, or ask the administrator to correct it.</source>
        <translation>この証明書は %1 に対して発行されたものではありません。URL が証明書の発行先の名前を使用していることを確認するか、管理者に修正を依頼してください。</translation>
    </message>
    <message>
        <source>The CA file %1 is configured for this instance, but it does not hold the authority that signed this certificate: check that it is the right file (duo-console instance edit NAME --ca-file PATH).</source>
        <translation>このインスタンスには CA ファイル %1 が設定されていますが、この証明書に署名した認証局が含まれていません。正しいファイルであることを確認してください (duo-console instance edit NAME --ca-file PATH)。</translation>
    </message>
    <message>
        <source>If your organisation uses its own certificate authority, add its CA file (PEM) in the instance&apos;s settings (duo-console instance edit NAME --ca-file PATH).</source>
        <translation>組織で独自の認証局を使用している場合は、インスタンスの設定でその CA ファイル (PEM) を追加してください (duo-console instance edit NAME --ca-file PATH)。</translation>
    </message>
</context>
</TS>
