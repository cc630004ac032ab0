<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>%1 did not answer in time. Check that the instance is up, or raise the request timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the instance URL and your DNS or proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the instance URL and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab did not accept the access token (%1). Create a new personal access token and update the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab refused the request (%1). The token needs the api and admin_mode scopes and an administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found on this server. Check the instance URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab is rate limiting requests. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab answered with a server error (HTTP %1). Try again later, or check the instance&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab answered with unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Without arguments, duo-console opens its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1  failure (the reason is printed on standard error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  2  usage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  3  conflicts need a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo Console: manage GitLab Duo Self-Hosted models, AI-native features and the AI gateway from the desktop or from scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the local snapshot; contact no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;duo-console --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphQLCall</name>
    <message>
        <source>GitLab&apos;s answer could not be read (it is not valid JSON). A proxy may have changed or cut it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Duo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Duo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duo Console %1&lt;/h3&gt;&lt;p&gt;A desktop admin console for GitLab Duo Self-Hosted: self-hosted models, AI-native features and the AI gateway, offline drafts and reviewed pushes.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneCatalog</name>
    <message>
        <source>No GitLab instance yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a GitLab instance first: its URL and an administrator&apos;s personal access token with the api and admin_mode scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License, GitLab Duo add-ons and seats, and whether this instance may use self-hosted models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license plan, licensee and dates, Duo add-on seats, the last subscription sync, and why self-hosted models are or are not available will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models your GitLab Duo features can use: deployment name, model family, endpoint, model identifier and API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every self-hosted model deployment will be listed here, with no 100-row limit, ready to add, edit, test and delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each AI-native feature: Disabled, a GitLab AI vendor model, or one of your self-hosted models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feature the instance reports will show here, grouped as GitLab groups them, with its release state and the models it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI gateway URL and timeout, and health checks from this desktop and from the GitLab server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway URL, its health as seen from this desktop, and GitLab&apos;s own probes will show here as a setup checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits recorded on this computer and not yet pushed to GitLab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes you make, online or offline, wait here to be reviewed against the server and pushed as one plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No token is stored in the system keychain for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet; until then a token can only be used for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for a password prompt; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
