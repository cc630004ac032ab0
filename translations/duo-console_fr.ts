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
    <message>
        <source>GitLab redirected the request to another address (%1); the token was not sent there. If the instance moved, use its new URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab&apos;s answer was cut off before it was complete. A proxy or load balancer may have closed the connection; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab&apos;s answer could not be read (it is not valid JSON). A proxy may have changed or cut it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab did not accept the access token: %1 Create a new personal access token with the api and admin_mode scopes and update the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lacks a scope this needs (accepted: %1). Create a token with the api and admin_mode scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab refused the request (%1). This needs an administrator&apos;s token; when Admin Mode is on, the token also needs the admin_mode scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab says this does not exist or the token may not do it. Check that the token belongs to an administrator and has the api scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid instance URL. Use the address you open GitLab with, such as https://gitlab.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http://, which would send the access token unencrypted. Use https://, or confirm http explicitly for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The instance to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a token for this run only from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin needs -i NAME: the instance the token is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>No instance has been added yet. Add one with &apos;duo-console instance add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several instances exist: choose one with -i NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;. &apos;duo-console instance list&apos; shows them.</source>
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
    <message>
        <source>Add a GitLab instance; the token goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the instances (never their tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an instance, its token and its local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the stored token of an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on an instance; with --token-stdin, use a token for this run only, kept in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and show the version, user, token, license, Duo add-ons, API shape and whether self-hosted models are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s address (instance add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the access token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, system (the default) or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each request (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a plain http:// URL (the token then travels unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Token for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token, kept in memory for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStatePane</name>
    <message>
        <source>Add instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a GitLab instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceCapabilities</name>
    <message>
        <source>GitLab does not treat %1 as an administrator with this token: either the account is not an administrator, or Admin Mode is on and the token lacks the admin_mode scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an administrator: Duo Console needs an administrator&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the api scope: nothing can be changed with it. Create a token with the api and admin_mode scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the admin_mode scope: when Admin Mode is on, GitLab refuses administrator requests made with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token expires in %n day(s), on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators can manage self-hosted models, and GitLab does not treat %1 as one with this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab.com does not offer self-hosted models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no active GitLab Duo Enterprise add-on. After purchasing it, synchronize the subscription in GitLab&apos;s Admin area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab does not let this token manage self-hosted models: the license may lack the feature, or Amazon Q may be connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message>
        <source>--url needs the instance&apos;s address, such as https://gitlab.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http://, which sends the token unencrypted. Use https://, or add --allow-http to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy takes none, system or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: Duo Console keeps tokens only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: duo-console instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy none|system|HOST:PORT] [--timeout SECONDS] [--allow-http]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added instance &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored yet: give one with &apos;duo-console instance token %1 --token-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: duo-console instance token NAME --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored a new token for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances. Add one with &apos;duo-console instance add NAME --url URL --token-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: duo-console instance remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed instance &apos;%1&apos;, but its token could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed instance &apos;%1&apos; and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3 seats, expires %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable with this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 seats assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status asks the instance itself; it cannot run with --offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for &apos;%1&apos;. Store one with &apos;duo-console instance token %1 --token-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use a token for this run only, pass it with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceConnector</name>
    <message>
        <source>GitLab&apos;s API schema could not be read, so Duo Console cannot tell which operations this instance offers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceController</name>
    <message>
        <source>Token not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for %1 could not be stored in the system keychain.

%2

Duo Console never writes tokens to a file. You can use the token for this session only; you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from Duo Console? Its token is deleted from the keychain and its local data, including changes not yet pushed, is deleted. Nothing changes on the GitLab server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Add GitLab instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit GitLab instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glpat-…, with the api and admin_mode scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token over unencrypted http:// (test instances only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencrypted http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PEM file of your organisation&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address you open GitLab with, such as https://gitlab.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL uses plain http://, which sends the token unencrypted. Use https://, or tick the box to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an administrator&apos;s personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy as host:port, such as proxy.example.com:3128.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceSession</name>
    <message>
        <source>%1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no token available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · GitLab %2 · %3 · connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: offline, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error, %2</source>
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
    <message>
        <source>There is no instance named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
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
    <name>ProfileStore</name>
    <message>
        <source>Give the instance a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance named &apos;%1&apos; already exists.</source>
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
<context>
    <name>SubscriptionPane</name>
    <message>
        <source>GitLab Duo Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab Duo Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab Duo Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab Duo with Amazon Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted Duo Agent Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab Duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the subscription page in GitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing the subscription has no API: it is done in GitLab&apos;s Admin area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the subscription, %2 billable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token cannot read the license (an administrator&apos;s token can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available on this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2), API shape %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2); scopes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your organisation uses its own certificate authority, add its CA file (PEM) in the instance&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the instance&apos;s administrator to renew or correct the certificate, or check that the URL uses the name the certificate was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
