<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie, ob die Instanz läuft, oder erhöhen Sie das Zeitlimit für Anfragen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the instance URL and your DNS or proxy settings.</source>
        <translation>Der Hostname %1 wurde nicht gefunden. Prüfen Sie die Instanz-URL und Ihre DNS- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the instance URL and port.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie die Instanz-URL und den Port.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 was not found on this server. Check the instance URL.</source>
        <translation>%1 wurde auf diesem Server nicht gefunden. Prüfen Sie die Instanz-URL.</translation>
    </message>
    <message>
        <source>GitLab is rate limiting requests. Try again in a moment.</source>
        <translation>GitLab begrenzt die Anzahl der Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>GitLab rejected the request: %1</source>
        <translation>GitLab hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>GitLab answered with a server error (HTTP %1). Try again later, or check the instance&apos;s logs.</source>
        <translation>GitLab hat mit einem Serverfehler geantwortet (HTTP %1). Versuchen Sie es später erneut, oder prüfen Sie die Protokolle der Instanz.</translation>
    </message>
    <message>
        <source>GitLab answered with unexpected HTTP status %1.</source>
        <translation>GitLab hat mit dem unerwarteten HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>GitLab redirected the request to another address (%1); the token was not sent there. If the instance moved, use its new URL.</source>
        <translation>GitLab hat die Anfrage an eine andere Adresse umgeleitet (%1); das Token wurde nicht dorthin gesendet. Falls die Instanz umgezogen ist, verwenden Sie ihre neue URL.</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer was cut off before it was complete. A proxy or load balancer may have closed the connection; try again.</source>
        <translation>Die Antwort von GitLab wurde abgeschnitten, bevor sie vollständig war. Möglicherweise hat ein Proxy oder Load Balancer die Verbindung geschlossen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer could not be read (it is not valid JSON). A proxy may have changed or cut it.</source>
        <translation>Die Antwort von GitLab konnte nicht gelesen werden (sie ist kein gültiges JSON). Möglicherweise hat ein Proxy sie verändert oder abgeschnitten.</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>token refused</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>nicht lizenziert</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragen begrenzt</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The access token lacks a scope this needs (accepted: %1). Create a token with the api and admin_mode scopes.</source>
        <translation>Dem Zugriffstoken fehlt ein hierfür erforderlicher Bereich (akzeptiert: %1). Erstellen Sie ein Token mit den Bereichen api und admin_mode.</translation>
    </message>
    <message>
        <source>GitLab refused the request (%1). This needs an administrator&apos;s token; when Admin Mode is on, the token also needs the admin_mode scope.</source>
        <translation>GitLab hat die Anfrage abgelehnt (%1). Dafür ist das Token eines Administrators erforderlich; wenn der Admin Mode aktiviert ist, benötigt das Token außerdem den Bereich admin_mode.</translation>
    </message>
    <message>
        <source>GitLab says this does not exist or the token may not do it. Check that the token belongs to an administrator and has the api scope.</source>
        <translation>Laut GitLab existiert dies nicht, oder das Token darf diese Aktion nicht ausführen. Prüfen Sie, ob das Token einem Administrator gehört und den Bereich api hat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid instance URL. Use the address you open GitLab with, such as https://gitlab.example.com.</source>
        <translation>„%1“ ist keine gültige Instanz-URL. Verwenden Sie die Adresse, mit der Sie GitLab öffnen, z. B. https://gitlab.example.com.</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which would send the access token unencrypted. Use https://, or confirm http explicitly for this instance.</source>
        <translation>%1 verwendet unverschlüsseltes http://, wodurch das Zugriffstoken unverschlüsselt gesendet würde. Verwenden Sie https://, oder bestätigen Sie http für diese Instanz ausdrücklich.</translation>
    </message>
    <message>
        <source>The instance URL must start with https://.</source>
        <translation>Die Instanz-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before it answered. A change being sent may or may not have been applied; it is never sent twice blindly.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor eine Antwort kam. Eine gerade gesendete Änderung wurde möglicherweise angewendet, möglicherweise auch nicht; sie wird niemals ungeprüft ein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>%1 could not be reached through the proxy %2:%3 (%4). Check that the proxy is running and the instance&apos;s proxy setting.</source>
        <translation>%1 war über den Proxy %2:%3 nicht erreichbar (%4). Prüfen Sie, ob der Proxy läuft, und prüfen Sie die Proxy-Einstellung der Instanz.</translation>
    </message>
    <message>
        <source>The proxy refused the request: it needs a user name and password, or did not accept the ones stored for this instance. Check the proxy user and password.</source>
        <translation>Der Proxy hat die Anfrage abgelehnt: Er verlangt einen Benutzernamen und ein Passwort oder hat die für diese Instanz gespeicherten nicht akzeptiert. Prüfen Sie Proxy-Benutzer und -Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>GitLab is rate limiting requests and asks to wait until %1 (%n minute(s)). Try again then.</source>
        <translation>
            <numerusform>GitLab begrenzt die Anzahl der Anfragen und bittet, bis %1 zu warten (%n Minute). Versuchen Sie es dann erneut.</numerusform>
            <numerusform>GitLab begrenzt die Anzahl der Anfragen und bittet, bis %1 zu warten (%n Minuten). Versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitLab did not accept the access token (%1). Create a new personal access token with the api and admin_mode scopes and update the instance.</source>
        <translation>GitLab hat das Zugriffstoken nicht akzeptiert (%1). Erstellen Sie ein neues persönliches Zugriffstoken mit den Bereichen api und admin_mode, und aktualisieren Sie die Instanz.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The instance to open.</source>
        <translation>Die zu öffnende Instanz.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read a token for this run only from standard input.</source>
        <translation>Ein Token nur für diesen Aufruf von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Open the window.</source>
        <translation>Das Fenster öffnen.</translation>
    </message>
    <message>
        <source>--token-stdin needs -i NAME: the instance the token is for.</source>
        <translation>--token-stdin erfordert -i NAME: die Instanz, für die das Token gilt.</translation>
    </message>
    <message>
        <source>Standard input is not valid UTF-8: a token must be text.</source>
        <translation>Die Standardeingabe ist kein gültiges UTF-8: Ein Token muss Text sein.</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <source>Skipped: a step it depends on failed.</source>
        <translation>Übersprungen: Ein Schritt, von dem dieser Schritt abhängt, ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Skipped: the steps it waits for could not be ordered.</source>
        <translation>Übersprungen: Die Schritte, auf die dieser Schritt wartet, konnten nicht in eine Reihenfolge gebracht werden.</translation>
    </message>
    <message>
        <source>The API key entered for this model could not be read from the keychain: %1</source>
        <translation>Der für dieses Modell eingegebene API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>It uses a model that was not created: push that model&apos;s creation first, or choose another model.</source>
        <translation>Sie verwendet ein Modell, das nicht erstellt wurde: Übertragen Sie zuerst die Erstellung dieses Modells, oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>%1
Nothing more was sent.</source>
        <translation>%1
Es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>%1
The changes being sent are kept; push again to check them against the server and finish.</source>
        <translation>%1
Die gerade gesendeten Änderungen bleiben erhalten; übertragen Sie erneut, um sie mit dem Server abzugleichen und abzuschließen.</translation>
    </message>
    <message>
        <source>GitLab did not answer this step.</source>
        <translation>GitLab hat auf diesen Schritt nicht geantwortet.</translation>
    </message>
    <message>
        <source>Skipped: an earlier step of this change failed.</source>
        <translation>Übersprungen: Ein früherer Schritt dieser Änderung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>interrupted: checked on the next push</source>
        <translation>unterbrochen: wird bei der nächsten Übertragung geprüft</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>übertragen</translation>
    </message>
</context>
<context>
    <name>ChangeCommands</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded change %1 (%2 %3).</source>
        <translation>Änderung %1 erfasst (%2 %3).</translation>
    </message>
    <message numerus="yes">
        <source>Plan (%n step(s)); nothing was sent:</source>
        <translation>
            <numerusform>Plan (%n Schritt); es wurde nichts gesendet:</numerusform>
            <numerusform>Plan (%n Schritte); es wurde nichts gesendet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflict with the server and need a decision.</source>
        <translation>
            <numerusform>%n Änderung steht im Konflikt mit dem Server und erfordert eine Entscheidung.</numerusform>
            <numerusform>%n Änderungen stehen im Konflikt mit dem Server und erfordern eine Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>  done    %1</source>
        <translation>  fertig  %1</translation>
    </message>
    <message>
        <source>  FAILED  %1: %2</source>
        <translation>  FEHLER  %1: %2</translation>
    </message>
    <message>
        <source>  CONFLICT %1 %2: %3</source>
        <translation>  KONFLIKT %1 %2: %3</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>Keine ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>A push needs the instance; it cannot run with --offline.</source>
        <translation>Eine Übertragung benötigt die Instanz; sie kann nicht mit --offline ausgeführt werden.</translation>
    </message>
    <message>
        <source>No pending change has an id starting with &apos;%1&apos;. &apos;duo-console changes list&apos; shows them.</source>
        <translation>Keine ausstehende Änderung hat eine ID, die mit „%1“ beginnt. &apos;duo-console changes list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>Several changes have ids starting with &apos;%1&apos;: give more of the id.</source>
        <translation>Mehrere Änderungen haben IDs, die mit „%1“ beginnen: Geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>Usage: duo-console changes discard -i NAME [ID…|--all]</source>
        <translation>Verwendung: duo-console changes discard -i NAME [ID…|--all]</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>%n Änderung verworfen.</numerusform>
            <numerusform>%n Änderungen verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: duo-console changes resolve -i NAME ID FIELD --keep-mine|--take-server</source>
        <translation>Verwendung: duo-console changes resolve -i NAME ID FIELD --keep-mine|--take-server</translation>
    </message>
    <message>
        <source>Change %1 has no conflict on &apos;%2&apos;. &apos;duo-console changes list&apos; shows the conflicts.</source>
        <translation>Die Änderung %1 hat keinen Konflikt im Feld „%2“. &apos;duo-console changes list&apos; zeigt die Konflikte an.</translation>
    </message>
    <message>
        <source>Keeping your value for %1; push to apply it.</source>
        <translation>Ihr Wert für %1 wird beibehalten; übertragen Sie ihn, um ihn anzuwenden.</translation>
    </message>
    <message>
        <source>Taking the server&apos;s value for %1.</source>
        <translation>Für %1 wird der Wert des Servers übernommen.</translation>
    </message>
    <message>
        <source>A refresh needs the instance; it cannot run with --offline.</source>
        <translation>Eine Aktualisierung benötigt die Instanz; sie kann nicht mit --offline ausgeführt werden.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Push it with &apos;duo-console changes push -i %1&apos;.</source>
        <translation>Übertragen Sie sie mit &apos;duo-console changes push -i %1&apos;.</translation>
    </message>
    <message>
        <source>As read from the server %1 (snapshot of %2).</source>
        <translation>Vom Server gelesen: %1 (Momentaufnahme vom %2).</translation>
    </message>
    <message>
        <source>Snapshot taken: %1, %2.</source>
        <translation>Momentaufnahme erstellt: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature setting(s)</source>
        <translation>
            <numerusform>%n Funktionseinstellung</numerusform>
            <numerusform>%n Funktionseinstellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesTreeModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server → draft</source>
        <translation>Server → Entwurf</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos;</source>
        <translation>Modell „%1“</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>KI-native Funktionen</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>AI gateway and Duo settings</source>
        <translation>KI-Gateway und Duo-Einstellungen</translation>
    </message>
    <message>
        <source>changed on the server too</source>
        <translation>auch auf dem Server geändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Its features</source>
        <translation>Zugehörige Funktionen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(beibehalten)</translation>
    </message>
    <message>
        <source>(new key, in the keychain)</source>
        <translation>(neuer Schlüssel, im Schlüsselbund)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Model allowlist of %1</source>
        <translation>Modell-Zulassungsliste von %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>No instance has been added yet. Add one with &apos;duo-console instance add&apos;.</source>
        <translation>Es wurde noch keine Instanz hinzugefügt. Fügen Sie eine mit &apos;duo-console instance add&apos; hinzu.</translation>
    </message>
    <message>
        <source>Several instances exist: choose one with -i NAME.</source>
        <translation>Es gibt mehrere Instanzen: Wählen Sie eine mit -i NAME aus.</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;. &apos;duo-console instance list&apos; shows them.</source>
        <translation>Es gibt keine Instanz namens „%1“. &apos;duo-console instance list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>-i needs an instance name; &apos;duo-console instance list&apos; shows them.</source>
        <translation>-i erfordert einen Instanznamen; &apos;duo-console instance list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation>--token-stdin wurde angegeben, aber die Standardeingabe enthielt kein Token.</translation>
    </message>
    <message>
        <source>No token is stored for &apos;%1&apos;. Store one with &apos;duo-console instance token %1 --token-stdin&apos;.</source>
        <translation>Für „%1“ ist kein Token gespeichert. Speichern Sie eines mit &apos;duo-console instance token %1 --token-stdin&apos;.</translation>
    </message>
    <message>
        <source>To use a token for this run only, pass it with --token-stdin.</source>
        <translation>Um ein Token nur für diesen Aufruf zu verwenden, übergeben Sie es mit --token-stdin.</translation>
    </message>
    <message>
        <source>Standard input is not valid UTF-8: a token or key must be text.</source>
        <translation>Die Standardeingabe ist kein gültiges UTF-8: Ein Token oder Schlüssel muss Text sein.</translation>
    </message>
    <message>
        <source>--refresh reads the server; it cannot run with --offline.</source>
        <translation>--refresh liest vom Server; die Option kann nicht mit --offline verwendet werden.</translation>
    </message>
    <message>
        <source>%1 was never read from the server, and --offline forbids reading it now: run &apos;duo-console refresh -i %1&apos; first.</source>
        <translation>Die Instanz %1 wurde noch nie vom Server gelesen, und --offline verbietet, sie jetzt zu lesen: Führen Sie zuerst &apos;duo-console refresh -i %1&apos; aus.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Without arguments, duo-console opens its window.</source>
        <translation>Ohne Argumente öffnet duo-console sein Fenster.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  Erfolg</translation>
    </message>
    <message>
        <source>  1  failure (the reason is printed on standard error)</source>
        <translation>  1  Fehler (der Grund wird auf der Standardfehlerausgabe ausgegeben)</translation>
    </message>
    <message>
        <source>  2  usage error</source>
        <translation>  2  Aufruffehler</translation>
    </message>
    <message>
        <source>  3  conflicts need a decision</source>
        <translation>  3  Konflikte erfordern eine Entscheidung</translation>
    </message>
    <message>
        <source>Duo Console: manage GitLab Duo Self-Hosted models, AI-native features and the AI gateway from the desktop or from scripts.</source>
        <translation>Duo Console: Verwalten Sie Modelle von GitLab Duo Self-Hosted, KI-native Funktionen und das KI-Gateway vom Desktop oder aus Skripten.</translation>
    </message>
    <message>
        <source>Run &apos;duo-console --help&apos; for usage.</source>
        <translation>Hinweise zur Verwendung erhalten Sie mit &apos;duo-console --help&apos;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Add a GitLab instance; the token goes to the system keychain.</source>
        <translation>Eine GitLab-Instanz hinzufügen; das Token wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>List the instances (never their tokens).</source>
        <translation>Die Instanzen auflisten (niemals ihre Tokens).</translation>
    </message>
    <message>
        <source>Remove an instance, its token and its local data.</source>
        <translation>Eine Instanz, ihr Token und ihre lokalen Daten entfernen.</translation>
    </message>
    <message>
        <source>Replace the stored token of an instance.</source>
        <translation>Das gespeicherte Token einer Instanz ersetzen.</translation>
    </message>
    <message>
        <source>Open the window on an instance; with --token-stdin, use a token for this run only, kept in memory.</source>
        <translation>Das Fenster für eine Instanz öffnen; mit --token-stdin ein Token nur für diesen Aufruf verwenden, das im Arbeitsspeicher gehalten wird.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Record a new self-hosted model, and push it.</source>
        <translation>Ein neues selbst gehostetes Modell erfassen und übertragen.</translation>
    </message>
    <message>
        <source>Record changes to a model (by id or name), and push them.</source>
        <translation>Änderungen an einem Modell (per ID oder Name) erfassen und übertragen.</translation>
    </message>
    <message>
        <source>Record the deletion of a model; features it serves are moved to OTHER or disabled first.</source>
        <translation>Das Löschen eines Modells erfassen; die Funktionen, die es bedient, werden zuvor auf OTHER verschoben oder deaktiviert.</translation>
    </message>
    <message>
        <source>The changes not yet pushed, with their status.</source>
        <translation>Die noch nicht übertragenen Änderungen mit ihrem Status.</translation>
    </message>
    <message>
        <source>Check the changes against the server and push them in batches; --dry-run prints the plan. Exit code 3: conflicts need a decision.</source>
        <translation>Die Änderungen mit dem Server abgleichen und in Stapeln übertragen; --dry-run gibt den Plan aus. Exit-Code 3: Konflikte erfordern eine Entscheidung.</translation>
    </message>
    <message>
        <source>Forget changes that were not pushed.</source>
        <translation>Nicht übertragene Änderungen verwerfen.</translation>
    </message>
    <message>
        <source>Take a new snapshot of the server: every model, feature setting and the Duo settings.</source>
        <translation>Eine neue Momentaufnahme des Servers erstellen: alle Modelle, Funktionseinstellungen und die Duo-Einstellungen.</translation>
    </message>
    <message>
        <source>Settle a conflict on one field: keep your value, or take the server&apos;s.</source>
        <translation>Einen Konflikt in einem Feld auflösen: Ihren Wert behalten oder den des Servers übernehmen.</translation>
    </message>
    <message>
        <source>Change an instance&apos;s name or connection settings, with the same checks as instance add.</source>
        <translation>Den Namen oder die Verbindungseinstellungen einer Instanz ändern, mit denselben Prüfungen wie bei instance add.</translation>
    </message>
    <message>
        <source>The self-hosted models with pending changes applied (* marks them); read from the server when never read before, or with --refresh.</source>
        <translation>Die selbst gehosteten Modelle mit angewendeten ausstehenden Änderungen (mit * markiert); sie werden vom Server gelesen, wenn sie noch nie gelesen wurden, oder mit --refresh.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8: arguments must be text.</source>
        <translation>Argument %1 ist kein gültiges UTF-8: Argumente müssen Text sein.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;duo-console %2&apos;. Run &apos;duo-console --help&apos; for usage.</source>
        <translation>--%1 gilt nicht für &apos;duo-console %2&apos;. Hinweise zur Verwendung erhalten Sie mit &apos;duo-console --help&apos;.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 600.</translation>
    </message>
    <message>
        <source>Test a model&apos;s connection from GitLab (its own check) and from this computer (GET /v1/models); exit code 1 when either fails.</source>
        <translation>Die Verbindung eines Modells von GitLab aus (mit dessen eigener Prüfung) und von diesem Computer aus (GET /v1/models) testen; Exit-Code 1, wenn einer der beiden Tests fehlschlägt.</translation>
    </message>
    <message>
        <source>The AI-native features the instance lists, by section, and what each uses, with pending changes applied (* marks them); read from the server when never read before, or with --refresh.</source>
        <translation>Die KI-nativen Funktionen, die die Instanz auflistet, nach Abschnitten, und was jede davon verwendet, mit angewendeten ausstehenden Änderungen (mit * markiert); sie werden vom Server gelesen, wenn sie noch nie gelesen wurden, oder mit --refresh.</translation>
    </message>
    <message>
        <source>Record what the features use (FEATURE as GitLab names it, such as code_generations; MODEL by id or name), and push it.</source>
        <translation>Erfassen, was die Funktionen verwenden (FEATURE so, wie GitLab sie benennt, z. B. code_generations; MODEL per ID oder Name), und übertragen.</translation>
    </message>
    <message>
        <source>Record a feature&apos;s GitLab-managed model allowlist (GitLab 19.1 and later), and push it: --enable allows the models REF… (without REF, the list stays as it is) besides the one in use; --disable allows them all.</source>
        <translation>Die Zulassungsliste einer Funktion für von GitLab verwaltete Modelle erfassen (GitLab ab 19.1) und übertragen: --enable lässt neben dem verwendeten Modell die Modelle REF… zu (ohne REF bleibt die Liste unverändert); --disable lässt alle zu.</translation>
    </message>
    <message>
        <source>The Duo hosting settings: the AI gateway URL and timeout, the Agent Platform service and its TLS (* marks pending changes); before 17.9, the gitlab.rb lines that set the URL. --check also asks the gateway from this computer and runs GitLab&apos;s own probes; exit code 1 when one fails.</source>
        <translation>Die Duo-Hosting-Einstellungen: URL und Zeitlimit des KI-Gateways, der Agent Platform-Dienst und sein TLS (* markiert ausstehende Änderungen); vor 17.9 die gitlab.rb-Zeilen, die die URL festlegen. --check fragt zusätzlich das Gateway von diesem Computer aus ab und führt die eigenen Prüfungen von GitLab aus; Exit-Code 1, wenn eine davon fehlschlägt.</translation>
    </message>
    <message>
        <source>Record new Duo hosting settings (only those given), and push them.</source>
        <translation>Neue Duo-Hosting-Einstellungen erfassen (nur die angegebenen) und übertragen.</translation>
    </message>
    <message>
        <source>The license, its history and the subscriptions to come, the Duo add-ons and their seats, and whether self-hosted models are available, with what to do when not.</source>
        <translation>Die Lizenz, ihr Verlauf und künftige Abonnements, die Duo-Add-ons und ihre Plätze sowie, ob selbst gehostete Modelle verfügbar sind, und was zu tun ist, wenn nicht.</translation>
    </message>
    <message>
        <source>Connect and show the version, user, token, license, Duo add-ons, API shape and whether self-hosted models are allowed; with --check, run the setup check (exit code 1 when an item fails; --all tests every model, not only those features use).</source>
        <translation>Verbindung herstellen und Version, Benutzer, Token, Lizenz, Duo-Add-ons und API-Variante anzeigen sowie, ob selbst gehostete Modelle erlaubt sind; mit --check die Einrichtungsprüfung ausführen (Exit-Code 1, wenn ein Punkt fehlschlägt; --all testet jedes Modell, nicht nur die von Funktionen verwendeten).</translation>
    </message>
    <message>
        <source>The instance profile to use.</source>
        <translation>Das zu verwendende Instanzprofil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of text.</source>
        <translation>Maschinenlesbares JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Work on the local snapshot; contact no server.</source>
        <translation>Mit der lokalen Momentaufnahme arbeiten; keinen Server kontaktieren.</translation>
    </message>
    <message>
        <source>Log what happens on standard error.</source>
        <translation>Ablauf auf der Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>The instance&apos;s address (instance add, edit); the AI gateway&apos;s (gateway set).</source>
        <translation>Die Adresse der Instanz (instance add, edit); die des KI-Gateways (gateway set).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from standard input.</source>
        <translation>Das Zugriffstoken von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust as well.</source>
        <translation>Eine PEM-Datei mit zusätzlich zu vertrauenden Zertifizierungsstellen.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Trust only the system&apos;s certificate authorities.</source>
        <translation>Nur den Zertifizierungsstellen des Systems vertrauen.</translation>
    </message>
    <message>
        <source>none, system (the default) or HOST:PORT.</source>
        <translation>none, system (Standard) oder HOST:PORT.</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>The user name a manual proxy asks for.</source>
        <translation>Der Benutzername, den ein manueller Proxy verlangt.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Read the proxy&apos;s password from standard input (after the token, if --token-stdin); it goes to the system keychain.</source>
        <translation>Das Passwort des Proxys von der Standardeingabe lesen (bei --token-stdin nach dem Token); es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (instance add, edit; for one run elsewhere).</source>
        <translation>Wartezeit pro Anfrage in Sekunden (instance add, edit; bei anderen Befehlen nur für diesen Aufruf).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Accept a plain http:// URL (the token then travels unencrypted).</source>
        <translation>Eine unverschlüsselte http://-URL akzeptieren (das Token wird dann unverschlüsselt übertragen).</translation>
    </message>
    <message>
        <source>A name: a model&apos;s deployment name, an instance&apos;s new name.</source>
        <translation>Ein Name: der Bereitstellungsname eines Modells, der neue Name einer Instanz.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Model family, such as MISTRAL or CLAUDE_3.</source>
        <translation>Modellfamilie, z. B. MISTRAL oder CLAUDE_3.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Endpoint of the model server.</source>
        <translation>Endpunkt des Modellservers.</translation>
    </message>
    <message>
        <source>Model identifier, such as custom_openai/model.</source>
        <translation>Modellkennung, z. B. custom_openai/model.</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Where the model runs: api, bedrock or vertex-ai.</source>
        <translation>Wo das Modell läuft: api, bedrock oder vertex-ai.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Read the model&apos;s API key from standard input (after the token, if --token-stdin).</source>
        <translation>Den API-Schlüssel des Modells von der Standardeingabe lesen (bei --token-stdin nach dem Token).</translation>
    </message>
    <message>
        <source>Record the change only; push it later.</source>
        <translation>Die Änderung nur erfassen; sie später übertragen.</translation>
    </message>
    <message>
        <source>Read the server first (models list, features list, gateway show).</source>
        <translation>Zuerst vom Server lesen (models list, features list, gateway show).</translation>
    </message>
    <message>
        <source>The self-hosted model the features use, by id or name (features set).</source>
        <translation>Das selbst gehostete Modell, das die Funktionen verwenden, per ID oder Name (features set).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Turn the features off (features set).</source>
        <translation>Die Funktionen deaktivieren (features set).</translation>
    </message>
    <message>
        <source>The features use a GitLab-managed model: GitLab&apos;s default, or --model-ref&apos;s (features set).</source>
        <translation>Die Funktionen verwenden ein von GitLab verwaltetes Modell: den Standard von GitLab oder das von --model-ref (features set).</translation>
    </message>
    <message>
        <source>The GitLab-managed model, such as claude_sonnet_4_20250514 (features set --vendored).</source>
        <translation>Das von GitLab verwaltete Modell, z. B. claude_sonnet_4_20250514 (features set --vendored).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Turn the model allowlist on, allowing the models named (features allowlist).</source>
        <translation>Die Modell-Zulassungsliste aktivieren und die genannten Modelle zulassen (features allowlist).</translation>
    </message>
    <message>
        <source>Turn the model allowlist off: every model is allowed (features allowlist).</source>
        <translation>Die Modell-Zulassungsliste deaktivieren: Jedes Modell ist zugelassen (features allowlist).</translation>
    </message>
    <message>
        <source>The model that takes over a deleted model&apos;s features.</source>
        <translation>Das Modell, das die Funktionen eines gelöschten Modells übernimmt.</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <source>Disable the features a deleted model serves.</source>
        <translation>Die Funktionen deaktivieren, die ein gelöschtes Modell bedient.</translation>
    </message>
    <message>
        <source>Check the AI gateway from this computer and run GitLab&apos;s own probes (gateway show); run the whole setup check (status).</source>
        <translation>Das KI-Gateway von diesem Computer aus prüfen und die eigenen Prüfungen von GitLab ausführen (gateway show); die gesamte Einrichtungsprüfung ausführen (status).</translation>
    </message>
    <message>
        <source>Seconds GitLab waits for the AI gateway, from 60 to 600 (gateway set; GitLab 18.6 and later).</source>
        <translation>Wartezeit von GitLab auf das KI-Gateway in Sekunden, von 60 bis 600 (gateway set; GitLab ab 18.6).</translation>
    </message>
    <message>
        <source>The Agent Platform service&apos;s host and port, without a scheme (gateway set; GitLab 18.4 and later).</source>
        <translation>Host und Port des Agent Platform-Dienstes, ohne Schema (gateway set; GitLab ab 18.4).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>on or off: whether GitLab uses TLS for the Agent Platform service (gateway set; GitLab 19.x).</source>
        <translation>on oder off: ob GitLab TLS für den Agent Platform-Dienst verwendet (gateway set; GitLab 19.x).</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Print the push plan; send nothing.</source>
        <translation>Den Übertragungsplan ausgeben; nichts senden.</translation>
    </message>
    <message>
        <source>Stop a push at the first step GitLab refuses.</source>
        <translation>Eine Übertragung beim ersten Schritt anhalten, den GitLab ablehnt.</translation>
    </message>
    <message>
        <source>Every pending change (changes discard); every model (status --check).</source>
        <translation>Alle ausstehenden Änderungen (changes discard); alle Modelle (status --check).</translation>
    </message>
    <message>
        <source>Settle a conflict with your value (changes resolve).</source>
        <translation>Einen Konflikt mit Ihrem Wert auflösen (changes resolve).</translation>
    </message>
    <message>
        <source>Settle a conflict with the server&apos;s value (changes resolve).</source>
        <translation>Einen Konflikt mit dem Wert des Servers auflösen (changes resolve).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Token for this session</source>
        <translation>Token für diese Sitzung</translation>
    </message>
    <message>
        <source>Personal access token, kept in memory for this session</source>
        <translation>Persönliches Zugriffstoken, nur für diese Sitzung im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>Für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Edit instance…</source>
        <translation>Instanz bearbeiten…</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Instanz bearbeiten</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workspace %1 is read-only, and it holds changes not yet merged into the file (%1-wal): Duo Console cannot read them safely without write access. Make the file and its folder writable.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt und enthält Änderungen, die noch nicht in die Datei übernommen wurden (%1-wal): Ohne Schreibzugriff kann Duo Console sie nicht sicher lesen. Machen Sie die Datei und ihren Ordner beschreibbar.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only and was written by an older Duo Console: it must be writable once to be brought up to date.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt und wurde von einer älteren Version von Duo Console geschrieben: Er muss einmal beschreibbar sein, damit er aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is empty (0 bytes): it was emptied or cut off outside Duo Console, so its pending changes are lost or elsewhere. It was left as it is; move it aside to start a new workspace.</source>
        <translation>Der Arbeitsbereich %1 ist leer (0 Byte): Er wurde außerhalb von Duo Console geleert oder abgeschnitten, daher sind seine ausstehenden Änderungen verloren oder befinden sich an anderer Stelle. Er wurde unverändert belassen; verschieben Sie ihn an einen anderen Ort, um einen neuen Arbeitsbereich zu beginnen.</translation>
    </message>
    <message>
        <source>The workspace %1 is not an SQLite database: it was overwritten outside Duo Console. It was left as it is; move it aside to start a new workspace.</source>
        <translation>Der Arbeitsbereich %1 ist keine SQLite-Datenbank: Er wurde außerhalb von Duo Console überschrieben. Er wurde unverändert belassen; verschieben Sie ihn an einen anderen Ort, um einen neuen Arbeitsbereich zu beginnen.</translation>
    </message>
    <message>
        <source>The workspace %1 is truncated: it holds %2 bytes of the %3 it should. It was left as it is; restore it from a backup, or move it aside to start a new workspace.</source>
        <translation>Der Arbeitsbereich %1 ist abgeschnitten: Er enthält %2 von %3 erwarteten Bytes. Er wurde unverändert belassen; stellen Sie ihn aus einer Sicherung wieder her, oder verschieben Sie ihn an einen anderen Ort, um einen neuen Arbeitsbereich zu beginnen.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: its folder is not writable.</source>
        <translation>Der Arbeitsbereich %1 kann nicht erstellt werden: Sein Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be put in place.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Duo Console (schema %2; this one knows %3). Use the newer version.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Version von Duo Console geschrieben (Schema %2; diese Version kennt %3). Verwenden Sie die neuere Version.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Duo Console workspace (schema %2, tables: %3). It was left as it is; move it aside to start a new workspace.</source>
        <translation>Die Datei %1 ist eine SQLite-Datenbank, aber kein Arbeitsbereich von Duo Console (Schema %2, Tabellen: %3). Sie wurde unverändert belassen; verschieben Sie sie an einen anderen Ort, um einen neuen Arbeitsbereich zu beginnen.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (the file, its folder or its file system cannot be written): nothing can be recorded, discarded or pushed until it is writable. Pending changes can still be listed.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt (die Datei, ihr Ordner oder ihr Dateisystem ist nicht beschreibbar): Bis er beschreibbar ist, kann nichts erfasst, verworfen oder übertragen werden. Ausstehende Änderungen können weiterhin aufgelistet werden.</translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full: the change was not saved. Free some space and try again; nothing recorded before was lost.</source>
        <translation>Der Datenträger mit dem Arbeitsbereich %1 ist voll: Die Änderung wurde nicht gespeichert. Geben Sie Speicherplatz frei, und versuchen Sie es erneut; zuvor Erfasstes ist nicht verloren gegangen.</translation>
    </message>
    <message>
        <source>The workspace %1 stayed locked by another Duo Console process (a window or a command) for more than 5 seconds. Try again when it has finished.</source>
        <translation>Der Arbeitsbereich %1 war länger als 5 Sekunden durch einen anderen Prozess von Duo Console (ein Fenster oder einen Befehl) gesperrt. Versuchen Sie es erneut, wenn dieser beendet ist.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite: %2). It was left as it is; restore it from a backup, or move it aside to start a new workspace.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (SQLite: %2). Er wurde unverändert belassen; stellen Sie ihn aus einer Sicherung wieder her, oder verschieben Sie ihn an einen anderen Ort, um einen neuen Arbeitsbereich zu beginnen.</translation>
    </message>
    <message>
        <source>The workspace %1 is not an SQLite database. It was left as it is; move it aside to start a new workspace.</source>
        <translation>Der Arbeitsbereich %1 ist keine SQLite-Datenbank. Er wurde unverändert belassen; verschieben Sie ihn an einen anderen Ort, um einen neuen Arbeitsbereich zu beginnen.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read or written: %2</source>
        <translation>Der Arbeitsbereich %1 konnte nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be brought up to date: %2</source>
        <translation>Der Arbeitsbereich %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>DraftRules</name>
    <message>
        <source>A model named &apos;%1&apos; already exists. Please enter a unique deployment name.</source>
        <translation>Ein Modell namens „%1“ existiert bereits. Geben Sie einen eindeutigen Bereitstellungsnamen ein.</translation>
    </message>
    <message>
        <source>There is no model &apos;%1&apos;.</source>
        <translation>Es gibt kein Modell „%1“.</translation>
    </message>
    <message>
        <source>Choose another existing model to take over the features.</source>
        <translation>Wählen Sie ein anderes vorhandenes Modell aus, das die Funktionen übernimmt.</translation>
    </message>
    <message>
        <source>%1 cannot serve %2: its family is not compatible with that feature.</source>
        <translation>%1 kann %2 nicht bedienen: Seine Modellfamilie ist mit dieser Funktion nicht kompatibel.</translation>
    </message>
    <message>
        <source>%1 still serves %2. Choose a model to take these features over, or disable them.</source>
        <translation>%1 bedient noch %2. Wählen Sie ein Modell aus, das diese Funktionen übernimmt, oder deaktivieren Sie sie.</translation>
    </message>
    <message>
        <source>The provider must be one of: %1.</source>
        <translation>Der Anbieter muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>Choose an existing self-hosted model for these features.</source>
        <translation>Wählen Sie für diese Funktionen ein vorhandenes selbst gehostetes Modell aus.</translation>
    </message>
    <message>
        <source>At least one feature is required.</source>
        <translation>Mindestens eine Funktion ist erforderlich.</translation>
    </message>
    <message>
        <source>This instance has no feature %1.</source>
        <translation>Diese Instanz hat keine Funktion %1.</translation>
    </message>
    <message>
        <source>%1 is incompatible with the %2 feature.</source>
        <translation>%1 ist mit der Funktion %2 nicht kompatibel.</translation>
    </message>
    <message>
        <source>This change has no conflict on &apos;%1&apos;.</source>
        <translation>Diese Änderung hat keinen Konflikt im Feld „%1“.</translation>
    </message>
    <message>
        <source>GitLab keeps no endpoint for models on %1: leave it out.</source>
        <translation>GitLab speichert für Modelle auf %1 keinen Endpunkt: Lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>This instance has no model allowlists (GitLab 19.1 and later have them).</source>
        <translation>Diese Instanz hat keine Modell-Zulassungslisten (GitLab ab 19.1 hat sie).</translation>
    </message>
    <message>
        <source>Model allowlists are not supported for the feature &apos;%1&apos;.</source>
        <translation>Modell-Zulassungslisten werden für die Funktion „%1“ nicht unterstützt.</translation>
    </message>
    <message>
        <source>GitLab offers no model &apos;%1&apos; for this feature&apos;s allowlist. It offers: %2.</source>
        <translation>GitLab bietet für die Zulassungsliste dieser Funktion kein Modell „%1“ an. Angeboten werden: %2.</translation>
    </message>
    <message>
        <source>This instance cannot choose a GitLab managed model per feature (GitLab 18.3 and later can).</source>
        <translation>Diese Instanz kann nicht pro Funktion ein von GitLab verwaltetes Modell wählen (GitLab ab 18.3 kann das).</translation>
    </message>
    <message>
        <source>GitLab does not offer the model %1 for the %2 feature.</source>
        <translation>GitLab bietet das Modell %1 für die Funktion %2 nicht an.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePane</name>
    <message>
        <source>Add instance…</source>
        <translation>Instanz hinzufügen…</translation>
    </message>
    <message>
        <source>Add a GitLab instance</source>
        <translation>Eine GitLab-Instanz hinzufügen</translation>
    </message>
</context>
<context>
    <name>EndpointProbe</name>
    <message>
        <source>The endpoint is not an http:// or https:// URL.</source>
        <translation>Der Endpunkt ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The name %1 could not be found from this computer.</source>
        <translation>Der Name %1 wurde von diesem Computer aus nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the model server running, and on this port?</source>
        <translation>%1 hat die Verbindung abgelehnt: Läuft der Modellserver, und zwar auf diesem Port?</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The model server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Modellservers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The model server refused the API key (HTTP 401): check the key.</source>
        <translation>Der Modellserver hat den API-Schlüssel abgelehnt (HTTP 401): Prüfen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>The model server has no %1 (HTTP 404): check the endpoint&apos;s path; OpenAI-compatible servers answer under /v1.</source>
        <translation>Der Modellserver hat kein %1 (HTTP 404): Prüfen Sie den Pfad des Endpunkts; OpenAI-kompatible Server antworten unter /v1.</translation>
    </message>
    <message>
        <source>%1 could not be reached from this computer: %2</source>
        <translation>%1 war von diesem Computer aus nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The model server refused the API key (HTTP %1): check the key.</source>
        <translation>Der Modellserver hat den API-Schlüssel abgelehnt (HTTP %1): Prüfen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>The model server answered HTTP %1.</source>
        <translation>Der Modellserver hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The model server answered HTTP %1 (a redirect): use the address it redirects to as the endpoint.</source>
        <translation>Der Modellserver hat mit HTTP %1 (einer Umleitung) geantwortet: Verwenden Sie die Adresse, auf die er umleitet, als Endpunkt.</translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models: is it an OpenAI-compatible server?</source>
        <translation>Der Server hat geantwortet, aber nicht mit einer Liste von Modellen: Ist es ein OpenAI-kompatibler Server?</translation>
    </message>
    <message>
        <source>Reached from this computer: it serves %1.</source>
        <translation>Von diesem Computer aus erreichbar: Der Server stellt %1 bereit.</translation>
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
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
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
        <translation>Allgemein verfügbar</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Code Completion</source>
        <translation>Code-Vervollständigung</translation>
    </message>
    <message>
        <source>Code Generation</source>
        <translation>Code-Generierung</translation>
    </message>
    <message>
        <source>General Chat</source>
        <translation>Allgemeiner Chat</translation>
    </message>
    <message>
        <source>Code Explanation</source>
        <translation>Code-Erklärung</translation>
    </message>
    <message>
        <source>Test Generation</source>
        <translation>Test-Generierung</translation>
    </message>
    <message>
        <source>Refactor Code</source>
        <translation>Code refaktorisieren</translation>
    </message>
    <message>
        <source>Fix Code</source>
        <translation>Code korrigieren</translation>
    </message>
    <message>
        <source>Root Cause Analysis</source>
        <translation>Ursachenanalyse</translation>
    </message>
    <message>
        <source>Vulnerability Explanation</source>
        <translation>Erklärung von Sicherheitslücken</translation>
    </message>
    <message>
        <source>Discussion Summary</source>
        <translation>Zusammenfassung der Diskussion</translation>
    </message>
    <message>
        <source>Merge Commit Message Generation</source>
        <translation>Generierung von Merge-Commit-Nachrichten</translation>
    </message>
    <message>
        <source>Merge Request Summary</source>
        <translation>Zusammenfassung des Merge Requests</translation>
    </message>
    <message>
        <source>Code Review Summary</source>
        <translation>Zusammenfassung des Code-Reviews</translation>
    </message>
    <message>
        <source>Non-Agentic Code Review</source>
        <translation>Nicht-agentischer Code-Review</translation>
    </message>
    <message>
        <source>GitLab Duo for CLI</source>
        <translation>GitLab Duo für die CLI</translation>
    </message>
    <message>
        <source>Vulnerability Resolution</source>
        <translation>Behebung von Sicherheitslücken</translation>
    </message>
    <message>
        <source>Agents &amp; flows</source>
        <translation>Agenten &amp; Flows</translation>
    </message>
    <message>
        <source>Agentic Chat</source>
        <translation>Agentischer Chat</translation>
    </message>
    <message>
        <source>Code Review</source>
        <translation>Code-Review</translation>
    </message>
    <message>
        <source>Secret Detection False Positive Detection</source>
        <translation>Erkennung falsch positiver Ergebnisse der Geheimniserkennung</translation>
    </message>
    <message>
        <source>SAST False Positive Detection</source>
        <translation>Erkennung falsch positiver SAST-Ergebnisse</translation>
    </message>
    <message>
        <source>SAST Vulnerability Resolution</source>
        <translation>Behebung von SAST-Sicherheitslücken</translation>
    </message>
    <message>
        <source>Security Review</source>
        <translation>Sicherheitsüberprüfung</translation>
    </message>
    <message>
        <source>Feature Discovery Search</source>
        <translation>Suche zum Entdecken von Funktionen</translation>
    </message>
    <message>
        <source>Resolve Dependency Bump</source>
        <translation>Abhängigkeits-Update auflösen</translation>
    </message>
    <message>
        <source>Developer Flow</source>
        <translation>Entwickler-Flow</translation>
    </message>
    <message>
        <source>%1 (new in this GitLab version)</source>
        <translation>%1 (neu in dieser GitLab-Version)</translation>
    </message>
    <message>
        <source>%1 (Beta)</source>
        <translation>%1 (Beta)</translation>
    </message>
    <message>
        <source>%1 (from the identifier)</source>
        <translation>%1 (aus der Kennung abgeleitet)</translation>
    </message>
    <message>
        <source>All agents, except Agentic Chat</source>
        <translation>Alle Agenten außer Agentic Chat</translation>
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
        <translation>Modell-Zulassungsliste aktiviert: %1</translation>
    </message>
    <message>
        <source>Model allowlist off: every GitLab-managed model is allowed.</source>
        <translation>Modell-Zulassungsliste deaktiviert: Jedes von GitLab verwaltete Modell ist zugelassen.</translation>
    </message>
    <message>
        <source>This instance lists no AI-native features.</source>
        <translation>Diese Instanz listet keine KI-nativen Funktionen auf.</translation>
    </message>
    <message>
        <source>%1 lists no feature %2: &apos;duo-console features list -i %1&apos; shows the features it has.</source>
        <translation>%1 listet keine Funktion %2 auf: &apos;duo-console features list -i %1&apos; zeigt die vorhandenen Funktionen an.</translation>
    </message>
    <message>
        <source>This instance cannot choose a GitLab-managed model per feature (GitLab 18.3 and later can): leave out --model-ref to use GitLab&apos;s default.</source>
        <translation>Diese Instanz kann nicht pro Funktion ein von GitLab verwaltetes Modell wählen (GitLab ab 18.3 kann das): Lassen Sie --model-ref weg, um den Standard von GitLab zu verwenden.</translation>
    </message>
    <message>
        <source>No self-hosted model has the name or id &apos;%1&apos;: &apos;duo-console models list -i %2&apos; shows them.</source>
        <translation>Kein selbst gehostetes Modell hat den Namen oder die ID „%1“: &apos;duo-console models list -i %2&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>Usage: duo-console features set -i NAME FEATURE… (--model MODEL | --disabled | --vendored [--model-ref REF])</source>
        <translation>Verwendung: duo-console features set -i NAME FEATURE… (--model MODEL | --disabled | --vendored [--model-ref REF])</translation>
    </message>
    <message>
        <source>Name at least one feature, such as CODE_GENERATIONS.</source>
        <translation>Nennen Sie mindestens eine Funktion, z. B. CODE_GENERATIONS.</translation>
    </message>
    <message>
        <source>Say what the features use: exactly one of --model MODEL, --disabled or --vendored.</source>
        <translation>Geben Sie an, was die Funktionen verwenden: genau eine der Optionen --model MODEL, --disabled oder --vendored.</translation>
    </message>
    <message>
        <source>--model-ref names a GitLab-managed model: it goes with --vendored.</source>
        <translation>--model-ref benennt ein von GitLab verwaltetes Modell: Die Option gehört zu --vendored.</translation>
    </message>
    <message>
        <source>Usage: duo-console features allowlist -i NAME FEATURE (--enable [REF…] | --disable)</source>
        <translation>Verwendung: duo-console features allowlist -i NAME FEATURE (--enable [REF…] | --disable)</translation>
    </message>
    <message>
        <source>--disable takes no model: with the allowlist off, every model is allowed.</source>
        <translation>--disable akzeptiert kein Modell: Bei deaktivierter Zulassungsliste ist jedes Modell zugelassen.</translation>
    </message>
</context>
<context>
    <name>FeatureDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
            <numerusform>%n Funktion auf %1 gesetzt; die Änderung wartet unter „Ausstehende Änderungen“.</numerusform>
            <numerusform>%n Funktionen auf %1 gesetzt; die Änderung wartet unter „Ausstehende Änderungen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Nothing changes: every feature already uses %1, or cannot.</source>
        <translation>Es ändert sich nichts: Jede Funktion verwendet bereits %1 oder kann es nicht verwenden.</translation>
    </message>
    <message>
        <source>These features will use %1:</source>
        <translation>Diese Funktionen werden %1 verwenden:</translation>
    </message>
    <message>
        <source>Left as they are, because the model is incompatible:</source>
        <translation>Unverändert belassen, weil das Modell nicht kompatibel ist:</translation>
    </message>
    <message>
        <source>Set features</source>
        <translation>Funktionen festlegen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>GitLab managed model</source>
        <translation>Von GitLab verwaltetes Modell</translation>
    </message>
    <message>
        <source>By selecting %1, you consent to using a GitLab managed model and sending data to the GitLab AI gateway.</source>
        <translation>Mit der Auswahl von %1 stimmen Sie zu, ein von GitLab verwaltetes Modell zu verwenden und Daten an das KI-Gateway von GitLab zu senden.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ich verstehe</translation>
    </message>
    <message>
        <source>Do not show again</source>
        <translation>Nicht erneut anzeigen</translation>
    </message>
    <message>
        <source>Set selected features</source>
        <translation>Ausgewählte Funktionen festlegen</translation>
    </message>
    <message numerus="yes">
        <source>One model for the %n selected feature(s):</source>
        <translation>
            <numerusform>Ein Modell für die %n ausgewählte Funktion:</numerusform>
            <numerusform>Ein Modell für die %n ausgewählten Funktionen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>GitLab managed: %1</source>
        <translation>Von GitLab verwaltet: %1</translation>
    </message>
    <message>
        <source>Model allowlist</source>
        <translation>Modell-Zulassungsliste</translation>
    </message>
    <message>
        <source>Which GitLab managed models may be chosen for %1. The model chosen now is always allowed.</source>
        <translation>Welche von GitLab verwalteten Modelle für %1 gewählt werden dürfen. Das jetzt gewählte Modell ist immer zugelassen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Limit the choice to these models</source>
        <translation>Die Auswahl auf diese Modelle beschränken</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Zugelassene Modelle</translation>
    </message>
</context>
<context>
    <name>FeatureRouting</name>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
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
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>a deleted model</source>
        <translation>ein gelöschtes Modell</translation>
    </message>
    <message>
        <source>GitLab managed: %1</source>
        <translation>Von GitLab verwaltet: %1</translation>
    </message>
    <message>
        <source>GitLab AI vendor model</source>
        <translation>KI-Anbietermodell von GitLab</translation>
    </message>
    <message>
        <source>GitLab managed: %1 - Default</source>
        <translation>Von GitLab verwaltet: %1 - Standard</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>General Chat&apos;s model, which is unassigned too</source>
        <translation>Modell von „Allgemeiner Chat“, das ebenfalls nicht zugewiesen ist</translation>
    </message>
    <message>
        <source>%1 is incompatible with the %2 feature.</source>
        <translation>%1 ist mit der Funktion %2 nicht kompatibel.</translation>
    </message>
    <message>
        <source>Its model no longer exists: choose another one.</source>
        <translation>Ihr Modell existiert nicht mehr: Wählen Sie ein anderes aus.</translation>
    </message>
    <message>
        <source>%1 Choose a compatible model.</source>
        <translation>%1 Wählen Sie ein kompatibles Modell aus.</translation>
    </message>
    <message>
        <source>Unassigned: uses General Chat&apos;s model (%1).</source>
        <translation>Nicht zugewiesen: verwendet das Modell von „Allgemeiner Chat“ (%1).</translation>
    </message>
    <message>
        <source>Assign a model to enable this feature</source>
        <translation>Weisen Sie ein Modell zu, um diese Funktion zu aktivieren</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Selbst gehostete Modelle</translation>
    </message>
    <message>
        <source>GitLab managed models</source>
        <translation>Von GitLab verwaltete Modelle</translation>
    </message>
    <message>
        <source>%1 - Default</source>
        <translation>%1 - Standard</translation>
    </message>
    <message>
        <source>GitLab Duo Chat</source>
        <translation>GitLab Duo Chat</translation>
    </message>
    <message>
        <source>Other GitLab Duo features</source>
        <translation>Weitere GitLab Duo-Funktionen</translation>
    </message>
    <message>
        <source>Code Suggestions</source>
        <translation>Code-Vorschläge</translation>
    </message>
    <message>
        <source>GitLab Duo for merge requests</source>
        <translation>GitLab Duo für Merge Requests</translation>
    </message>
    <message>
        <source>GitLab Duo for issues</source>
        <translation>GitLab Duo für Issues</translation>
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
        <translation>Auf Abschnitt anwenden…</translation>
    </message>
    <message>
        <source>Apply the selected feature&apos;s model to all its section&apos;s features</source>
        <translation>Das Modell der ausgewählten Funktion auf alle Funktionen ihres Abschnitts anwenden</translation>
    </message>
    <message>
        <source>Set selected…</source>
        <translation>Auswahl festlegen…</translation>
    </message>
    <message>
        <source>Set one model for the selected features</source>
        <translation>Ein Modell für die ausgewählten Funktionen festlegen</translation>
    </message>
    <message>
        <source>Model allowlist…</source>
        <translation>Modell-Zulassungsliste…</translation>
    </message>
    <message>
        <source>Edit the selected feature&apos;s model allowlist</source>
        <translation>Die Modell-Zulassungsliste der ausgewählten Funktion bearbeiten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the feature settings from GitLab again</source>
        <translation>Die Funktionseinstellungen erneut von GitLab lesen</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>KI-native Funktionen</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Select the model for the feature</source>
        <translation>Das Modell für die Funktion auswählen</translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation>Spalten der Funktionen</translation>
    </message>
    <message>
        <source>Reading the feature settings from GitLab…</source>
        <translation>Die Funktionseinstellungen werden von GitLab gelesen…</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Ausstehend (%1)</translation>
    </message>
    <message>
        <source>Allowlist on</source>
        <translation>Zulassungsliste aktiviert</translation>
    </message>
    <message>
        <source>Model for %1</source>
        <translation>Modell für %1</translation>
    </message>
    <message>
        <source>Compatible models</source>
        <translation>Kompatible Modelle</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>The allowlist change waits in Pending changes.</source>
        <translation>Die Änderung der Zulassungsliste wartet unter „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>Loading the feature settings…</source>
        <translation>Die Funktionseinstellungen werden geladen…</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its features.</source>
        <translation>Noch nie von GitLab gelesen: Verbinden Sie sich mit der Instanz, um ihre Funktionen zu sehen.</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Choices wait in Pending changes.</source>
        <translation>Offline: Stand von GitLab vom %1. Zuweisungen warten unter „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>This GitLab lists no AI-native features (GitLab 17.4 and later do).</source>
        <translation>Dieses GitLab listet keine KI-nativen Funktionen auf (GitLab ab 17.4 tut das).</translation>
    </message>
    <message>
        <source>No self-hosted model is configured. Add one under Self-hosted models to route features to it.</source>
        <translation>Es ist kein selbst gehostetes Modell konfiguriert. Fügen Sie unter „Selbst gehostete Modelle“ eines hinzu, um Funktionen dorthin zu leiten.</translation>
    </message>
    <message>
        <source>More features are available in beta. Turn on AI-native beta features in GitLab (Admin &gt; GitLab Duo &gt; Change configuration) to see them.</source>
        <translation>Weitere Funktionen sind als Beta verfügbar. Aktivieren Sie KI-native Beta-Funktionen in GitLab (Admin &gt; GitLab Duo &gt; Change configuration), um sie zu sehen.</translation>
    </message>
    <message>
        <source>Select one feature: its model is applied to its whole section.</source>
        <translation>Wählen Sie eine Funktion aus: Ihr Modell wird auf ihren gesamten Abschnitt angewendet.</translation>
    </message>
    <message>
        <source>Apply to all %1 sub-features</source>
        <translation>Auf alle Unterfunktionen von %1 anwenden</translation>
    </message>
    <message>
        <source>Assign a model to %1 before applying to all</source>
        <translation>Weisen Sie %1 ein Modell zu, bevor Sie es auf alle anwenden</translation>
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
        <translation>%1 enthält an Position %3 ein Steuerzeichen (U+%2): Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The deployment name</source>
        <translation>Der Bereitstellungsname</translation>
    </message>
    <message>
        <source>The endpoint</source>
        <translation>Der Endpunkt</translation>
    </message>
    <message>
        <source>The model identifier</source>
        <translation>Die Modellkennung</translation>
    </message>
    <message>
        <source>The model family</source>
        <translation>Die Modellfamilie</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>Die Plattform</translation>
    </message>
    <message>
        <source>Please enter a deployment name.</source>
        <translation>Geben Sie einen Bereitstellungsnamen ein.</translation>
    </message>
    <message>
        <source>The deployment name is longer than %1 characters.</source>
        <translation>Der Bereitstellungsname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Please select a model.</source>
        <translation>Wählen Sie ein Modell aus.</translation>
    </message>
    <message>
        <source>This instance does not accept the model family %1. It accepts: %2.</source>
        <translation>Diese Instanz akzeptiert die Modellfamilie %1 nicht. Sie akzeptiert: %2.</translation>
    </message>
    <message>
        <source>This instance does not accept the platform %1. It accepts: %2.</source>
        <translation>Diese Instanz akzeptiert die Plattform %1 nicht. Sie akzeptiert: %2.</translation>
    </message>
    <message>
        <source>The endpoint is longer than %1 characters.</source>
        <translation>Der Endpunkt ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Please enter an endpoint.</source>
        <translation>Geben Sie einen Endpunkt ein.</translation>
    </message>
    <message>
        <source>Endpoint must be a valid URL: an http:// or https:// address, such as https://models.example.com:8000/v1.</source>
        <translation>Der Endpunkt muss eine gültige URL sein: eine http://- oder https://-Adresse, z. B. https://models.example.com:8000/v1.</translation>
    </message>
    <message>
        <source>Model identifier must be less than %1 characters.</source>
        <translation>Die Modellkennung muss kürzer als %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>Model identifier must start with &quot;bedrock/&quot;.</source>
        <translation>Die Modellkennung muss mit „bedrock/“ beginnen.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The API key is %1 characters long; Duo Console accepts at most %2. Check that the right text was given.</source>
        <translation>Der API-Schlüssel ist %1 Zeichen lang; Duo Console akzeptiert höchstens %2. Prüfen Sie, ob der richtige Text angegeben wurde.</translation>
    </message>
    <message>
        <source>The API key</source>
        <translation>Der API-Schlüssel</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>Das Zugriffstoken ist leer.</translation>
    </message>
    <message>
        <source>The access token is %1 characters long; GitLab&apos;s tokens are far shorter (at most %2 are accepted). Check that the right text was given.</source>
        <translation>Das Zugriffstoken ist %1 Zeichen lang; Tokens von GitLab sind weit kürzer (akzeptiert werden höchstens %2). Prüfen Sie, ob der richtige Text angegeben wurde.</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Das Zugriffstoken</translation>
    </message>
    <message>
        <source>The AI gateway timeout must be between 60 and 600 seconds.</source>
        <translation>Das Zeitlimit des KI-Gateways muss zwischen 60 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The AI gateway URL</source>
        <translation>Die URL des KI-Gateways</translation>
    </message>
    <message>
        <source>The AI gateway URL is longer than %1 characters.</source>
        <translation>Die URL des KI-Gateways ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The AI gateway URL must be an http:// or https:// URL.</source>
        <translation>Die URL des KI-Gateways muss eine http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>The Agent Platform service URL</source>
        <translation>Die URL des Agent Platform-Dienstes</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is longer than %1 characters.</source>
        <translation>Die URL des Agent Platform-Dienstes ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is a host and port, such as agent-platform.example.com:50052, without http:// or https://.</source>
        <translation>Die URL des Agent Platform-Dienstes besteht aus Host und Port, z. B. agent-platform.example.com:50052, ohne http:// oder https://.</translation>
    </message>
    <message>
        <source>The proxy user may not contain a colon.</source>
        <translation>Der Proxy-Benutzer darf keinen Doppelpunkt enthalten.</translation>
    </message>
    <message>
        <source>The proxy user and password may only hold Latin-1 characters (&quot;%1&quot; is not): proxies receive them in that encoding.</source>
        <translation>Proxy-Benutzer und -Passwort dürfen nur Latin-1-Zeichen enthalten („%1“ ist keines): Proxys erhalten sie in dieser Kodierung.</translation>
    </message>
    <message>
        <source>The proxy user and password may be at most %1 characters long.</source>
        <translation>Proxy-Benutzer und -Passwort dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The proxy user</source>
        <translation>Der Proxy-Benutzer</translation>
    </message>
    <message>
        <source>The proxy password</source>
        <translation>Das Proxy-Passwort</translation>
    </message>
</context>
<context>
    <name>GatewayChecks</name>
    <message>
        <source>GitLab returned no probe results to this token: it needs an administrator.</source>
        <translation>GitLab hat diesem Token keine Prüfergebnisse zurückgegeben: Dafür ist ein Administrator erforderlich.</translation>
    </message>
</context>
<context>
    <name>GatewayCommands</name>
    <message>
        <source>From this computer:</source>
        <translation>Von diesem Computer aus:</translation>
    </message>
    <message>
        <source>  No AI gateway URL is set: there is nothing to check.</source>
        <translation>  Es ist keine URL des KI-Gateways festgelegt: Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>  %1  health  %2%3</source>
        <translation>  %1  Zustand  %2%3</translation>
    </message>
    <message>
        <source>ok    </source>
        <translation>ok    </translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>  %1  %2 via %3: %4%5</source>
        <translation>  %1  %2 über %3: %4%5</translation>
    </message>
    <message>
        <source>From GitLab:</source>
        <translation>Von GitLab aus:</translation>
    </message>
    <message>
        <source>  FAILED  %1</source>
        <translation>  FEHLER  %1</translation>
    </message>
    <message>
        <source>  %1  %2: %3</source>
        <translation>  %1  %2: %3</translation>
    </message>
    <message>
        <source>  GitLab ran no probes.</source>
        <translation>  GitLab hat keine Prüfungen ausgeführt.</translation>
    </message>
    <message>
        <source>  Agent Platform functional check: %1%2</source>
        <translation>  Funktionsprüfung der Agent Platform: %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for the AI gateway URL: it reads the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>Dieses GitLab (vor 17.9) hat keine API für die URL des KI-Gateways: Es liest die Umgebungsvariable AI_GATEWAY_URL. Fügen Sie Folgendes auf dem GitLab-Server zu /etc/gitlab/gitlab.rb hinzu, und konfigurieren Sie GitLab dann neu:</translation>
    </message>
    <message>
        <source>GitLab sent no Duo settings to this token (an administrator&apos;s token reads them).</source>
        <translation>GitLab hat diesem Token keine Duo-Einstellungen gesendet (das Token eines Administrators kann sie lesen).</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>URL des KI-Gateways</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>Zeitlimit des KI-Gateways</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>not set (GitLab&apos;s default, 60 seconds)</source>
        <translation>nicht festgelegt (Standard von GitLab, 60 Sekunden)</translation>
    </message>
    <message>
        <source>Agent Platform service</source>
        <translation>Agent Platform-Dienst</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>TLS der Agent Platform</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>* A change not yet pushed: push it with &apos;duo-console changes push -i %1&apos;.</source>
        <translation>* Eine noch nicht übertragene Änderung: Übertragen Sie sie mit &apos;duo-console changes push -i %1&apos;.</translation>
    </message>
    <message>
        <source>From this computer: GitLab does not tell the AI gateway URL before 17.9, so it cannot be checked from here.</source>
        <translation>Von diesem Computer aus: GitLab gibt die URL des KI-Gateways vor 17.9 nicht preis, daher kann sie von hier aus nicht geprüft werden.</translation>
    </message>
    <message>
        <source>--check asks the gateway and GitLab; it cannot run with --offline.</source>
        <translation>--check fragt das Gateway und GitLab ab; die Option kann nicht mit --offline verwendet werden.</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for its Duo hosting settings: it reads the AI gateway URL from the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>Dieses GitLab (vor 17.9) hat keine API für seine Duo-Hosting-Einstellungen: Es liest die URL des KI-Gateways aus der Umgebungsvariable AI_GATEWAY_URL. Fügen Sie Folgendes auf dem GitLab-Server zu /etc/gitlab/gitlab.rb hinzu, und konfigurieren Sie GitLab dann neu:</translation>
    </message>
    <message>
        <source>This instance has no AI gateway timeout setting (GitLab 18.6 and later have it): leave out --gateway-timeout.</source>
        <translation>Diese Instanz hat keine Einstellung für das Zeitlimit des KI-Gateways (GitLab ab 18.6 hat sie): Lassen Sie --gateway-timeout weg.</translation>
    </message>
    <message>
        <source>This instance has no Agent Platform service URL setting (GitLab 18.4 and later have it): leave out --agent-platform-url.</source>
        <translation>Diese Instanz hat keine Einstellung für die URL des Agent Platform-Dienstes (GitLab ab 18.4 hat sie): Lassen Sie --agent-platform-url weg.</translation>
    </message>
    <message>
        <source>This instance has no setting for the Agent Platform service&apos;s TLS (GitLab 19.x has it): leave out --agent-platform-tls. Before 19.x, set DUO_AGENT_PLATFORM_SERVICE_SECURE=false in gitlab_rails[&apos;env&apos;] in gitlab.rb to turn TLS off.</source>
        <translation>Diese Instanz hat keine Einstellung für das TLS des Agent Platform-Dienstes (GitLab 19.x hat sie): Lassen Sie --agent-platform-tls weg. Setzen Sie vor 19.x DUO_AGENT_PLATFORM_SERVICE_SECURE=false in gitlab_rails[&apos;env&apos;] in gitlab.rb, um TLS zu deaktivieren.</translation>
    </message>
    <message>
        <source>Usage: duo-console gateway set -i NAME [--url URL] [--gateway-timeout SECONDS] [--agent-platform-url HOST:PORT] [--agent-platform-tls on|off]</source>
        <translation>Verwendung: duo-console gateway set -i NAME [--url URL] [--gateway-timeout SECONDS] [--agent-platform-url HOST:PORT] [--agent-platform-tls on|off]</translation>
    </message>
    <message>
        <source>gateway set takes no argument besides its options.</source>
        <translation>gateway set akzeptiert außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>Say what to set: at least one of --url, --gateway-timeout, --agent-platform-url or --agent-platform-tls.</source>
        <translation>Geben Sie an, was festgelegt werden soll: mindestens eine der Optionen --url, --gateway-timeout, --agent-platform-url oder --agent-platform-tls.</translation>
    </message>
    <message>
        <source>--gateway-timeout takes a whole number of seconds, from 60 to 600.</source>
        <translation>--gateway-timeout erwartet eine ganze Anzahl Sekunden von 60 bis 600.</translation>
    </message>
    <message>
        <source>--agent-platform-tls takes on or off.</source>
        <translation>--agent-platform-tls akzeptiert on oder off.</translation>
    </message>
</context>
<context>
    <name>GatewayPane</name>
    <message>
        <source>Run the setup check…</source>
        <translation>Einrichtungsprüfung ausführen…</translation>
    </message>
    <message>
        <source>Check every link from GitLab to the self-hosted models</source>
        <translation>Jede Verbindung von GitLab zu den selbst gehosteten Modellen prüfen</translation>
    </message>
    <message>
        <source>Settings reset by an upgrade</source>
        <translation>Durch ein Upgrade zurückgesetzte Einstellungen</translation>
    </message>
    <message>
        <source>Restore the earlier values</source>
        <translation>Frühere Werte wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the settings the upgrade reset</source>
        <translation>Die durch das Upgrade zurückgesetzten Einstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Local AI gateway</source>
        <translation>Lokales KI-Gateway</translation>
    </message>
    <message>
        <source>Local AI gateway URL</source>
        <translation>URL des lokalen KI-Gateways</translation>
    </message>
    <message>
        <source>AI gateway request timeout</source>
        <translation>Zeitlimit für Anfragen an das KI-Gateway</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Local URL for the GitLab Duo Agent Platform service</source>
        <translation>Lokale URL für den GitLab Duo Agent Platform-Dienst</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>URL des Agent Platform-Dienstes</translation>
    </message>
    <message>
        <source>Use TLS for the GitLab Duo Agent Platform service</source>
        <translation>TLS für den GitLab Duo Agent Platform-Dienst verwenden</translation>
    </message>
    <message>
        <source>Turn off only if your local service endpoint does not support TLS.</source>
        <translation>Deaktivieren Sie dies nur, wenn Ihr lokaler Dienstendpunkt kein TLS unterstützt.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save the gateway settings as a pending change</source>
        <translation>Die Gateway-Einstellungen als ausstehende Änderung speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the values in effect</source>
        <translation>Die geltenden Werte wiederherstellen</translation>
    </message>
    <message>
        <source>Set the AI gateway URL in gitlab.rb</source>
        <translation>Die URL des KI-Gateways in gitlab.rb festlegen</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for the AI gateway URL: it reads the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>Dieses GitLab (vor 17.9) hat keine API für die URL des KI-Gateways: Es liest die Umgebungsvariable AI_GATEWAY_URL. Fügen Sie Folgendes auf dem GitLab-Server zu /etc/gitlab/gitlab.rb hinzu, und konfigurieren Sie GitLab dann neu:</translation>
    </message>
    <message>
        <source>gitlab.rb snippet</source>
        <translation>gitlab.rb-Ausschnitt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the snippet</source>
        <translation>Den Ausschnitt kopieren</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>Von diesem Computer aus</translation>
    </message>
    <message>
        <source>Check the gateway</source>
        <translation>Gateway prüfen</translation>
    </message>
    <message>
        <source>Check the gateway from this computer</source>
        <translation>Das Gateway von diesem Computer aus prüfen</translation>
    </message>
    <message>
        <source>From GitLab</source>
        <translation>Von GitLab aus</translation>
    </message>
    <message>
        <source>Run GitLab&apos;s probes</source>
        <translation>Prüfungen von GitLab ausführen</translation>
    </message>
    <message>
        <source>Ask GitLab for its own probes</source>
        <translation>Die eigenen Prüfungen von GitLab anfordern</translation>
    </message>
    <message>
        <source>Group or project for the functional check</source>
        <translation>Gruppe oder Projekt für die Funktionsprüfung</translation>
    </message>
    <message>
        <source>group/project with GitLab Duo on</source>
        <translation>gruppe/projekt mit aktiviertem GitLab Duo</translation>
    </message>
    <message>
        <source>Run the Agent Platform check</source>
        <translation>Agent Platform-Prüfung ausführen</translation>
    </message>
    <message>
        <source>Run the Agent Platform functional check</source>
        <translation>Funktionsprüfung der Agent Platform ausführen</translation>
    </message>
    <message>
        <source>GitLab went from %1 to %2, and these settings are back at GitLab&apos;s defaults:
%3
Restoring them records a change to review and push.</source>
        <translation>GitLab wurde von %1 auf %2 aktualisiert, und diese Einstellungen stehen wieder auf den Standardwerten von GitLab:
%3
Beim Wiederherstellen wird eine Änderung erfasst, die Sie prüfen und übertragen können.</translation>
    </message>
    <message>
        <source>The earlier values wait in Pending changes: push them to restore them.</source>
        <translation>Die früheren Werte warten unter „Ausstehende Änderungen“: Übertragen Sie sie, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved as a pending change: push it from Pending changes.</source>
        <translation>Als ausstehende Änderung gespeichert: Übertragen Sie sie unter „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its gateway settings.</source>
        <translation>Noch nie von GitLab gelesen: Verbinden Sie sich mit der Instanz, um ihre Gateway-Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Edits wait in Pending changes.</source>
        <translation>Offline: Stand von GitLab vom %1. Bearbeitungen warten unter „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>These settings have a pending change: push it from Pending changes.</source>
        <translation>Für diese Einstellungen gibt es eine ausstehende Änderung: Übertragen Sie sie unter „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>This GitLab has no Agent Platform service settings (GitLab 18.4 and later have them).</source>
        <translation>Dieses GitLab hat keine Einstellungen für den Agent Platform-Dienst (GitLab ab 18.4 hat sie).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 Health (%2): %3</source>
        <translation>%1 Zustand (%2): %3</translation>
    </message>
    <message>
        <source>    connect started %1, TLS done %2, first byte %3, total %4</source>
        <translation>    Verbindungsaufbau begonnen %1, TLS abgeschlossen %2, erstes Byte %3, gesamt %4</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5</source>
        <translation>%1 %2 %3 (%4): %5</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Agent Platform service</source>
        <translation>Agent Platform-Dienst</translation>
    </message>
    <message>
        <source>Asking GitLab…</source>
        <translation>GitLab wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Agent Platform functional check: %1%2</source>
        <translation>Funktionsprüfung der Agent Platform: %1%2</translation>
    </message>
    <message>
        <source>Agent Platform functional check: not available on this instance.</source>
        <translation>Funktionsprüfung der Agent Platform: auf dieser Instanz nicht verfügbar.</translation>
    </message>
    <message>
        <source>The Agent Platform functional check started: run GitLab&apos;s probes again to see its state.</source>
        <translation>Die Funktionsprüfung der Agent Platform wurde gestartet: Führen Sie die Prüfungen von GitLab erneut aus, um ihren Status zu sehen.</translation>
    </message>
</context>
<context>
    <name>GatewayProbe</name>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>proxy %1:%2</source>
        <translation>Proxy %1:%2</translation>
    </message>
    <message>
        <source>direct (no system proxy)</source>
        <translation>direkt (kein System-Proxy)</translation>
    </message>
    <message>
        <source>system proxy %1:%2</source>
        <translation>System-Proxy %1:%2</translation>
    </message>
    <message>
        <source>The AI gateway URL is not an http:// or https:// URL.</source>
        <translation>Die URL des KI-Gateways ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>No AI gateway URL is set: GitLab does not know where its gateway is.</source>
        <translation>Es ist keine URL des KI-Gateways festgelegt: GitLab weiß nicht, wo sich sein Gateway befindet.</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is not a host and port, such as agent-platform.example.com:50052.</source>
        <translation>Die URL des Agent Platform-Dienstes besteht nicht aus Host und Port, wie z. B. agent-platform.example.com:50052.</translation>
    </message>
    <message>
        <source>Healthy: %1 answered 200.</source>
        <translation>Betriebsbereit: %1 hat mit 200 geantwortet.</translation>
    </message>
    <message>
        <source>Unhealthy: the gateway answered HTTP %1 to %2.</source>
        <translation>Nicht betriebsbereit: Das Gateway hat auf %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Unreachable from here: the gateway&apos;s certificate was refused (%1). Add its CA file to the instance profile if it is yours.</source>
        <translation>Von hier aus nicht erreichbar: Das Zertifikat des Gateways wurde abgelehnt (%1). Fügen Sie dessen CA-Datei dem Instanzprofil hinzu, wenn es sich um Ihre eigene handelt.</translation>
    </message>
    <message>
        <source>Unreachable from here: %1 did not answer in time.</source>
        <translation>Von hier aus nicht erreichbar: %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Unreachable from here: %1</source>
        <translation>Von hier aus nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Reached %1 (TCP; no TLS).</source>
        <translation>%1 erreicht (TCP; kein TLS).</translation>
    </message>
    <message>
        <source>Reached %1; its certificate (%2) is trusted.</source>
        <translation>%1 erreicht; sein Zertifikat (%2) ist vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Unreachable from here: %1 refused the connection.</source>
        <translation>Von hier aus nicht erreichbar: %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Unreachable from here: the name in %1 could not be found.</source>
        <translation>Von hier aus nicht erreichbar: Der Name in %1 wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>GitLabMessages</name>
    <message>
        <source>Please enter a unique deployment name.</source>
        <translation>Geben Sie einen eindeutigen Bereitstellungsnamen ein.</translation>
    </message>
    <message>
        <source>Please add a valid endpoint. GitLab said: %1</source>
        <translation>Geben Sie einen gültigen Endpunkt an. GitLab meldete: %1</translation>
    </message>
    <message>
        <source>Successfully connected to the self-hosted model</source>
        <translation>Erfolgreich mit dem selbst gehosteten Modell verbunden</translation>
    </message>
    <message>
        <source>AI Gateway could not connect to the model endpoint. Verify the model endpoint URL is correct and reachable from the AI Gateway, and that any firewall or proxy is not blocking the connection.</source>
        <translation>Das KI-Gateway konnte keine Verbindung zum Modellendpunkt herstellen. Prüfen Sie, ob die URL des Modellendpunkts stimmt und vom KI-Gateway aus erreichbar ist und ob keine Firewall und kein Proxy die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>You have not configured your local AI gateway URL. Configure the URL in the GitLab Duo configuration settings.</source>
        <translation>Sie haben die URL Ihres lokalen KI-Gateways nicht konfiguriert. Legen Sie die URL in den Konfigurationseinstellungen von GitLab Duo fest.</translation>
    </message>
    <message>
        <source>ERROR: Unknown error. Make sure your self-hosted model is running and that your AI Gateway URL is configured correctly.</source>
        <translation>FEHLER: Unbekannter Fehler. Stellen Sie sicher, dass Ihr selbst gehostetes Modell läuft und die URL Ihres KI-Gateways richtig konfiguriert ist.</translation>
    </message>
    <message>
        <source>Verification check timed out.</source>
        <translation>Zeitüberschreitung bei der Funktionsprüfung.</translation>
    </message>
    <message>
        <source>Duo not enabled for namespace</source>
        <translation>Duo ist für diesen Namespace nicht aktiviert</translation>
    </message>
</context>
<context>
    <name>InstanceCapabilities</name>
    <message>
        <source>GitLab does not treat %1 as an administrator with this token: either the account is not an administrator, or Admin Mode is on and the token lacks the admin_mode scope.</source>
        <translation>GitLab behandelt %1 mit diesem Token nicht als Administrator: Entweder ist das Konto kein Administratorkonto, oder der Admin Mode ist aktiviert und dem Token fehlt der Bereich admin_mode.</translation>
    </message>
    <message>
        <source>%1 is not an administrator: Duo Console needs an administrator&apos;s token.</source>
        <translation>%1 ist kein Administrator: Duo Console benötigt das Token eines Administrators.</translation>
    </message>
    <message>
        <source>The token lacks the api scope: nothing can be changed with it. Create a token with the api and admin_mode scopes.</source>
        <translation>Dem Token fehlt der Bereich api: Damit kann nichts geändert werden. Erstellen Sie ein Token mit den Bereichen api und admin_mode.</translation>
    </message>
    <message>
        <source>The token lacks the admin_mode scope: when Admin Mode is on, GitLab refuses administrator requests made with it.</source>
        <translation>Dem Token fehlt der Bereich admin_mode: Wenn der Admin Mode aktiviert ist, lehnt GitLab damit gestellte Administratoranfragen ab.</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Das Token läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Das Token läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators can manage self-hosted models, and GitLab does not treat %1 as one with this token.</source>
        <translation>Nur Administratoren können selbst gehostete Modelle verwalten, und GitLab behandelt %1 mit diesem Token nicht als Administrator.</translation>
    </message>
    <message>
        <source>GitLab.com does not offer self-hosted models.</source>
        <translation>GitLab.com bietet keine selbst gehosteten Modelle an.</translation>
    </message>
    <message>
        <source>GitLab does not let this token manage self-hosted models: the license may lack the feature, or Amazon Q may be connected.</source>
        <translation>GitLab erlaubt diesem Token nicht, selbst gehostete Modelle zu verwalten: Möglicherweise fehlt der Lizenz diese Funktion, oder Amazon Q ist verbunden.</translation>
    </message>
    <message>
        <source>Use a personal access token of an administrator, with the api and admin_mode scopes.</source>
        <translation>Verwenden Sie ein persönliches Zugriffstoken eines Administrators mit den Bereichen api und admin_mode.</translation>
    </message>
    <message>
        <source>Self-hosted models are for GitLab Self-Managed and GitLab Dedicated instances.</source>
        <translation>Selbst gehostete Modelle sind für Instanzen von GitLab Self-Managed und GitLab Dedicated vorgesehen.</translation>
    </message>
    <message>
        <source>Buy the GitLab Duo Enterprise add-on (or GitLab Duo Agent Platform Self-Hosted). %1</source>
        <translation>Erwerben Sie das Add-on GitLab Duo Enterprise (oder GitLab Duo Agent Platform Self-Hosted). %1</translation>
    </message>
    <message>
        <source>Check on the Subscription page in GitLab&apos;s Admin area that the license includes GitLab Duo Self-Hosted, and that GitLab Duo with Amazon Q is not connected.</source>
        <translation>Prüfen Sie auf der Abonnementseite im Admin-Bereich von GitLab, ob die Lizenz GitLab Duo Self-Hosted umfasst und ob GitLab Duo with Amazon Q nicht verbunden ist.</translation>
    </message>
    <message>
        <source>This instance has no active GitLab Duo Enterprise add-on (nor GitLab Duo Agent Platform Self-Hosted).</source>
        <translation>Diese Instanz hat kein aktives Add-on GitLab Duo Enterprise (und auch nicht GitLab Duo Agent Platform Self-Hosted).</translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message>
        <source>--url needs the instance&apos;s address, such as https://gitlab.example.com.</source>
        <translation>--url erfordert die Adresse der Instanz, z. B. https://gitlab.example.com.</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which sends the token unencrypted. Use https://, or add --allow-http to confirm.</source>
        <translation>%1 verwendet unverschlüsseltes http://, wodurch das Token unverschlüsselt gesendet wird. Verwenden Sie https://, oder bestätigen Sie mit --allow-http.</translation>
    </message>
    <message>
        <source>--proxy takes none, system or HOST:PORT.</source>
        <translation>--proxy akzeptiert none, system oder HOST:PORT.</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation>--token-stdin wurde angegeben, aber die Standardeingabe enthielt kein Token.</translation>
    </message>
    <message>
        <source>Added instance &apos;%1&apos; (%2).</source>
        <translation>Instanz „%1“ (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>No token is stored yet: give one with &apos;duo-console instance token %1 --token-stdin&apos;.</source>
        <translation>Es ist noch kein Token gespeichert: Geben Sie eines mit &apos;duo-console instance token %1 --token-stdin&apos; an.</translation>
    </message>
    <message>
        <source>Usage: duo-console instance token NAME --token-stdin</source>
        <translation>Verwendung: duo-console instance token NAME --token-stdin</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;.</source>
        <translation>Es gibt keine Instanz namens „%1“.</translation>
    </message>
    <message>
        <source>Stored a new token for &apos;%1&apos;.</source>
        <translation>Neues Token für „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No instances. Add one with &apos;duo-console instance add NAME --url URL --token-stdin&apos;.</source>
        <translation>Keine Instanzen. Fügen Sie eine mit &apos;duo-console instance add NAME --url URL --token-stdin&apos; hinzu.</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA-Datei: %1</translation>
    </message>
    <message>
        <source>Usage: duo-console instance remove NAME</source>
        <translation>Verwendung: duo-console instance remove NAME</translation>
    </message>
    <message>
        <source>Removed instance &apos;%1&apos; and its token.</source>
        <translation>Instanz „%1“ und ihr Token entfernt.</translation>
    </message>
    <message>
        <source>--ca-file and --no-ca-file exclude each other.</source>
        <translation>--ca-file und --no-ca-file schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>Saved instance &apos;%1&apos; (%2).</source>
        <translation>Instanz „%1“ (%2) gespeichert.</translation>
    </message>
    <message>
        <source>--proxy-user and --proxy-password-stdin need a manual proxy: --proxy HOST:PORT.</source>
        <translation>--proxy-user und --proxy-password-stdin erfordern einen manuellen Proxy: --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--proxy-password-stdin was given, but standard input held no password.</source>
        <translation>--proxy-password-stdin wurde angegeben, aber die Standardeingabe enthielt kein Passwort.</translation>
    </message>
    <message>
        <source>Usage: duo-console instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</source>
        <translation>Verwendung: duo-console instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</translation>
    </message>
    <message>
        <source>Usage: duo-console instance edit NAME [--name NEW] [--url URL] [--ca-file PATH | --no-ca-file] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</source>
        <translation>Verwendung: duo-console instance edit NAME [--name NEW] [--url URL] [--ca-file PATH | --no-ca-file] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</translation>
    </message>
    <message>
        <source>proxy: %1 (user %2)</source>
        <translation>Proxy: %1 (Benutzer %2)</translation>
    </message>
</context>
<context>
    <name>InstanceConnector</name>
    <message>
        <source>GitLab&apos;s API schema could not be read, so Duo Console cannot tell which operations this instance offers.</source>
        <translation>Das API-Schema von GitLab konnte nicht gelesen werden, daher kann Duo Console nicht feststellen, welche Operationen diese Instanz anbietet.</translation>
    </message>
</context>
<context>
    <name>InstanceController</name>
    <message>
        <source>Token not stored</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message>
        <source>The token for %1 could not be stored in the system keychain.

%2

Duo Console never writes tokens to a file. You can use the token for this session only; you will be asked for it again next time.</source>
        <translation>Das Token für %1 konnte nicht im Schlüsselbund des Systems gespeichert werden.

%2

Duo Console schreibt Tokens niemals in eine Datei. Sie können das Token nur für diese Sitzung verwenden; beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Instanz entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from Duo Console? Its token is deleted from the keychain and its local data, including changes not yet pushed, is deleted. Nothing changes on the GitLab server.</source>
        <translation>%1 (%2) aus Duo Console entfernen? Das Token wird aus dem Schlüsselbund gelöscht, und die lokalen Daten werden gelöscht, einschließlich noch nicht übertragener Änderungen. Auf dem GitLab-Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>the Duo Console window</source>
        <translation>das Fenster von Duo Console</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Add GitLab instance</source>
        <translation>GitLab-Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Edit GitLab instance</source>
        <translation>GitLab-Instanz bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>glpat-…, with the api and admin_mode scopes</source>
        <translation>glpat-…, mit den Bereichen api und admin_mode</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token beizubehalten</translation>
    </message>
    <message>
        <source>Send the token over unencrypted http:// (test instances only)</source>
        <translation>Das Token über unverschlüsseltes http:// senden (nur für Testinstanzen)</translation>
    </message>
    <message>
        <source>Allow unencrypted http</source>
        <translation>Unverschlüsseltes http erlauben</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA-Bundle-Datei</translation>
    </message>
    <message>
        <source>Optional: PEM file of your organisation&apos;s CA</source>
        <translation>Optional: PEM-Datei der CA Ihrer Organisation</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>CA-Bundle-Datei auswählen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Proxy host and port</source>
        <translation>Proxy-Host und -Port</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Zeitl&amp;imit:</translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation>Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain, never in a file.</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the address you open GitLab with, such as https://gitlab.example.com.</source>
        <translation>Geben Sie die Adresse ein, mit der Sie GitLab öffnen, z. B. https://gitlab.example.com.</translation>
    </message>
    <message>
        <source>This URL uses plain http://, which sends the token unencrypted. Use https://, or tick the box to confirm.</source>
        <translation>Diese URL verwendet unverschlüsseltes http://, wodurch das Token unverschlüsselt gesendet wird. Verwenden Sie https://, oder aktivieren Sie zur Bestätigung das Kontrollkästchen.</translation>
    </message>
    <message>
        <source>Enter an administrator&apos;s personal access token.</source>
        <translation>Geben Sie das persönliche Zugriffstoken eines Administrators ein.</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Proxy user, if it asks for one</source>
        <translation>Proxy-Benutzer (falls nötig)</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leer lassen, um das gespeicherte Passwort beizubehalten</translation>
    </message>
    <message>
        <source>Proxy &amp;login:</source>
        <translation>Proxy-&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>Enter the proxy as host:port, such as proxy.example.com:3128. Put its user name and password in their own fields.</source>
        <translation>Geben Sie den Proxy als host:port ein, z. B. proxy.example.com:3128. Tragen Sie Benutzername und Passwort in die dafür vorgesehenen Felder ein.</translation>
    </message>
</context>
<context>
    <name>InstanceDirectory</name>
    <message>
        <source>The instance URL holds a user name or password. Duo Console never keeps credentials in its configuration: give the URL without them; the access token goes to the system keychain.</source>
        <translation>Die Instanz-URL enthält einen Benutzernamen oder ein Passwort. Duo Console speichert niemals Anmeldedaten in seiner Konfiguration: Geben Sie die URL ohne diese an; das Zugriffstoken wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Removed instance &apos;%1&apos;, but its token or its drafts&apos; API keys could not be removed from the keychain: %2</source>
        <translation>Instanz „%1“ entfernt, aber ihr Token oder die API-Schlüssel ihrer Entwürfe konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: Duo Console keeps tokens and passwords only in the system keychain.</source>
        <translation>Es wurde nichts gespeichert: Duo Console bewahrt Tokens und Passwörter ausschließlich im Schlüsselbund des Systems auf.</translation>
    </message>
</context>
<context>
    <name>InstanceSession</name>
    <message>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
    <message>
        <source>%1: reading the token from the keychain…</source>
        <translation>%1: Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>%1: no token available</source>
        <translation>%1: kein Token verfügbar</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 · GitLab %2 · %3 · connected</source>
        <translation>%1 · GitLab %2 · %3 · verbunden</translation>
    </message>
    <message>
        <source>%1: offline, %2</source>
        <translation>%1: offline, %2</translation>
    </message>
    <message>
        <source>%1: error, %2</source>
        <translation>%1: Fehler, %2</translation>
    </message>
    <message>
        <source>Connect to the instance first: a refresh reads it.</source>
        <translation>Verbinden Sie sich zuerst mit der Instanz: Eine Aktualisierung liest die Daten von ihr.</translation>
    </message>
    <message>
        <source>The change was not recorded: API keys are kept only in the system keychain.</source>
        <translation>Die Änderung wurde nicht erfasst: API-Schlüssel werden ausschließlich im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>A push is running.</source>
        <translation>Eine Übertragung läuft.</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The snapshot is being refreshed; push when it is done.</source>
        <translation>Die Momentaufnahme wird aktualisiert; übertragen Sie, sobald dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Offline: changes are kept here and can be pushed once the instance is connected.</source>
        <translation>Offline: Änderungen werden hier aufbewahrt und können übertragen werden, sobald die Instanz verbunden ist.</translation>
    </message>
    <message>
        <source>Not connected to the instance: GitLab&apos;s own check runs there.</source>
        <translation>Nicht mit der Instanz verbunden: Die eigene Prüfung von GitLab läuft dort.</translation>
    </message>
    <message>
        <source>Models on Amazon Bedrock or Google Vertex AI have no HTTP endpoint to probe from this computer.</source>
        <translation>Modelle auf Amazon Bedrock oder Google Vertex AI haben keinen HTTP-Endpunkt, der sich von diesem Computer aus prüfen ließe.</translation>
    </message>
    <message>
        <source>The draft&apos;s API key could not be read (%1): tested without it.</source>
        <translation>Der API-Schlüssel des Entwurfs konnte nicht gelesen werden (%1): ohne ihn getestet.</translation>
    </message>
    <message>
        <source>This GitLab does not give the model&apos;s API key back: tested without it. Type the key to test with it.</source>
        <translation>Dieses GitLab gibt den API-Schlüssel des Modells nicht heraus: ohne ihn getestet. Geben Sie den Schlüssel ein, um mit ihm zu testen.</translation>
    </message>
    <message>
        <source>The model&apos;s API key could not be read from GitLab (%1): tested without it.</source>
        <translation>Der API-Schlüssel des Modells konnte nicht aus GitLab gelesen werden (%1): ohne ihn getestet.</translation>
    </message>
    <message>
        <source>Not connected to the instance: GitLab&apos;s own probes run there.</source>
        <translation>Nicht mit der Instanz verbunden: Die eigenen Prüfungen von GitLab laufen dort.</translation>
    </message>
    <message>
        <source>This instance has no Agent Platform functional check (GitLab 19.5 and later have it), or it is not connected.</source>
        <translation>Diese Instanz hat keine Funktionsprüfung der Agent Platform (GitLab ab 19.5 hat sie), oder sie ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Name a group or project with GitLab Duo turned on: the check runs there.</source>
        <translation>Nennen Sie eine Gruppe oder ein Projekt mit aktiviertem GitLab Duo: Die Prüfung läuft dort.</translation>
    </message>
    <message>
        <source>Not connected to the instance: the subscription is read from it.</source>
        <translation>Nicht mit der Instanz verbunden: Das Abonnement wird von ihr gelesen.</translation>
    </message>
    <message>
        <source>Not connected to the instance: the license&apos;s last sync is read from it.</source>
        <translation>Nicht mit der Instanz verbunden: Die letzte Synchronisierung der Lizenz wird von ihr gelesen.</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>Online license</source>
        <translation>Online-Lizenz</translation>
    </message>
    <message>
        <source>Offline license</source>
        <translation>Offline-Lizenz</translation>
    </message>
    <message>
        <source>Legacy license</source>
        <translation>Legacy-Lizenz</translation>
    </message>
    <message>
        <source>This token cannot read the license (an administrator&apos;s token can).</source>
        <translation>Dieses Token kann die Lizenz nicht lesen (das Token eines Administrators kann es).</translation>
    </message>
    <message>
        <source>GitLab synchronizes this online license with GitLab&apos;s servers every day around 03:00 UTC; a purchase, such as a Duo add-on, arrives with the next synchronization. To synchronize now, press the sync button next to Last sync on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>GitLab synchronisiert diese Online-Lizenz jeden Tag gegen 03:00 UTC mit den Servern von GitLab; ein Kauf, etwa ein Duo-Add-on, kommt mit der nächsten Synchronisierung an. Um jetzt zu synchronisieren, klicken Sie auf der Abonnementseite im Admin-Bereich von GitLab auf die Synchronisierungsschaltfläche neben „Last sync“.</translation>
    </message>
    <message>
        <source>An offline license never synchronizes: a purchase, such as a Duo add-on, arrives as a new license file from the GitLab Customers Portal, to be uploaded on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>Eine Offline-Lizenz wird nie synchronisiert: Ein Kauf, etwa ein Duo-Add-on, kommt als neue Lizenzdatei aus dem GitLab Customers Portal, die auf der Abonnementseite im Admin-Bereich von GitLab hochgeladen werden muss.</translation>
    </message>
    <message>
        <source>A legacy license file never synchronizes: a purchase, such as a Duo add-on, arrives as a new license file, or activate the subscription with an activation code on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>Eine Legacy-Lizenzdatei wird nie synchronisiert: Ein Kauf, etwa ein Duo-Add-on, kommt als neue Lizenzdatei an, oder Sie aktivieren das Abonnement mit einem Aktivierungscode auf der Abonnementseite im Admin-Bereich von GitLab.</translation>
    </message>
    <message>
        <source>GitLab names no license type this console knows (%1): see the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>GitLab nennt einen Lizenztyp, den diese Konsole nicht kennt (%1): Siehe die Abonnementseite im Admin-Bereich von GitLab.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No instance</source>
        <translation>Keine Instanz</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>Schlüsselbund: wird geprüft…</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Schlüsselbundstatus</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Duo Console</source>
        <translation>Ü&amp;ber Duo Console</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Schlüsselbund: verfügbar</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>Schlüsselbund: nicht verfügbar</translation>
    </message>
    <message>
        <source>About Duo Console</source>
        <translation>Über Duo Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duo Console %1&lt;/h3&gt;&lt;p&gt;A desktop admin console for GitLab Duo Self-Hosted: self-hosted models, AI-native features and the AI gateway, offline drafts and reviewed pushes.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Duo Console %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Administrationskonsole für GitLab Duo Self-Hosted: selbst gehostete Modelle, KI-native Funktionen und das KI-Gateway, Offline-Entwürfe und geprüfte Übertragungen.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;.</source>
        <translation>Es gibt keine Instanz namens „%1“.</translation>
    </message>
    <message>
        <source>GitLab instance</source>
        <translation>GitLab-Instanz</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation>Instanz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit instance…</source>
        <translation>Instanz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove instance…</source>
        <translation>Instanz &amp;entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>The local snapshot could not be refreshed: %1 Pending changes are kept; they are checked against the server when pushed.</source>
        <translation>Die lokale Momentaufnahme konnte nicht aktualisiert werden: %1 Ausstehende Änderungen bleiben erhalten; sie werden beim Übertragen mit dem Server abgeglichen.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Duo Console will follow the system&apos;s language from its next start.</source>
        <translation>Duo Console folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Duo Console will be in %1 from its next start.</source>
        <translation>Duo Console ist ab dem nächsten Start auf %1.</translation>
    </message>
</context>
<context>
    <name>ModelCheck</name>
    <message>
        <source>This GitLab has no connection check (GitLab 17.7 and later have it).</source>
        <translation>Dieses GitLab hat keine Verbindungsprüfung (GitLab ab 17.7 hat sie).</translation>
    </message>
    <message>
        <source>GitLab&apos;s check failed without saying why.</source>
        <translation>Die Prüfung von GitLab ist ohne Angabe von Gründen fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>--platform takes api, bedrock or vertex-ai.</source>
        <translation>--platform akzeptiert api, bedrock oder vertex-ai.</translation>
    </message>
    <message>
        <source>This instance stores no platform per model (GitLab before 19.0): it cannot serve models from Google Vertex AI. Use api or bedrock.</source>
        <translation>Diese Instanz speichert keine Plattform pro Modell (GitLab vor 19.0): Sie kann keine Modelle von Google Vertex AI verwenden. Verwenden Sie api oder bedrock.</translation>
    </message>
    <message>
        <source>--api-key-stdin was given, but no key was read.</source>
        <translation>--api-key-stdin wurde angegeben, aber es wurde kein Schlüssel gelesen.</translation>
    </message>
    <message>
        <source>Usage: duo-console models add -i NAME --name N --family F --endpoint URL [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</source>
        <translation>Verwendung: duo-console models add -i NAME --name N --family F --endpoint URL [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</translation>
    </message>
    <message>
        <source>Usage: duo-console models edit -i NAME MODEL [--name N] [--family F] [--endpoint URL] [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</source>
        <translation>Verwendung: duo-console models edit -i NAME MODEL [--name N] [--family F] [--endpoint URL] [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</translation>
    </message>
    <message>
        <source>Usage: duo-console models delete -i NAME MODEL [--reassign-to OTHER | --disable-features]</source>
        <translation>Verwendung: duo-console models delete -i NAME MODEL [--reassign-to OTHER | --disable-features]</translation>
    </message>
    <message>
        <source>No self-hosted models: add one with &apos;duo-console models add&apos;.</source>
        <translation>Keine selbst gehosteten Modelle: Fügen Sie eines mit &apos;duo-console models add&apos; hinzu.</translation>
    </message>
    <message>
        <source>--endpoint is for models served over the API: GitLab keeps no endpoint for %1 models. Leave it out.</source>
        <translation>--endpoint gilt für Modelle, die über die API bereitgestellt werden: GitLab speichert für %1-Modelle keinen Endpunkt. Lassen Sie die Option weg.</translation>
    </message>
</context>
<context>
    <name>ModelDeletion</name>
    <message>
        <source>Delete self-hosted model</source>
        <translation>Selbst gehostetes Modell löschen</translation>
    </message>
    <message>
        <source>%1 serves:</source>
        <translation>%1 bedient:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>You are about to delete the %1 self-hosted model. This action cannot be undone.</source>
        <translation>Sie sind dabei, das selbst gehostete Modell %1 zu löschen. Diese Aktion kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>You are about to delete %n self-hosted models: %1. This action cannot be undone.</source>
        <translation>
            <numerusform>Sie sind dabei, %n selbst gehostetes Modell zu löschen: %1. Diese Aktion kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Sie sind dabei, %n selbst gehostete Modelle zu löschen: %1. Diese Aktion kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you sure you want to proceed?</source>
        <translation>Möchten Sie wirklich fortfahren?</translation>
    </message>
    <message>
        <source>This self-hosted model cannot be deleted</source>
        <translation>Dieses selbst gehostete Modell kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>GitLab would leave these features without a model. Choose what serves them, then delete:</source>
        <translation>GitLab würde diese Funktionen ohne Modell lassen. Wählen Sie aus, was sie bedient, und löschen Sie dann:</translation>
    </message>
    <message>
        <source>Reassign these features to</source>
        <translation>Diese Funktionen neu zuweisen an</translation>
    </message>
    <message>
        <source>Reassign these features and delete</source>
        <translation>Diese Funktionen neu zuweisen und löschen</translation>
    </message>
    <message>
        <source>Model that takes over</source>
        <translation>Übernehmendes Modell</translation>
    </message>
    <message>
        <source>Disable these features and delete</source>
        <translation>Diese Funktionen deaktivieren und löschen</translation>
    </message>
    <message>
        <source>No compatible model</source>
        <translation>Kein kompatibles Modell</translation>
    </message>
    <message>
        <source>View AI-native features</source>
        <translation>KI-native Funktionen anzeigen</translation>
    </message>
</context>
<context>
    <name>ModelFormDialog</name>
    <message>
        <source>Add self-hosted model</source>
        <translation>Selbst gehostetes Modell hinzufügen</translation>
    </message>
    <message>
        <source>Edit self-hosted model</source>
        <translation>Selbst gehostetes Modell bearbeiten</translation>
    </message>
    <message>
        <source>Add a new AI model that can be used for GitLab Duo self-hosted features.</source>
        <translation>Fügen Sie ein neues KI-Modell hinzu, das für selbst gehostete Funktionen von GitLab Duo verwendet werden kann.</translation>
    </message>
    <message>
        <source>Edit the AI model that can be used for GitLab Duo self-hosted features.</source>
        <translation>Bearbeiten Sie das KI-Modell, das für selbst gehostete Funktionen von GitLab Duo verwendet werden kann.</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>Bereitstellungsname</translation>
    </message>
    <message>
        <source>A unique and descriptive name for your deployment.</source>
        <translation>Ein eindeutiger und beschreibender Name für Ihre Bereitstellung.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Modellfamilie</translation>
    </message>
    <message>
        <source>Select model</source>
        <translation>Modell auswählen</translation>
    </message>
    <message>
        <source>Select an appropriate model family from the list of approved GitLab models.</source>
        <translation>Wählen Sie eine geeignete Modellfamilie aus der Liste der genehmigten GitLab-Modelle aus.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Specify the URL endpoint where your self-hosted model is accessible</source>
        <translation>Geben Sie den URL-Endpunkt an, über den Ihr selbst gehostetes Modell zugänglich ist</translation>
    </message>
    <message>
        <source>Model identifier</source>
        <translation>Modellkennung</translation>
    </message>
    <message>
        <source>Provide the model identifier in the form of provider/model-name</source>
        <translation>Geben Sie die Modellkennung in der Form provider/model-name an</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>If required, provide the API token that grants access to your self-hosted model deployment.</source>
        <translation>Geben Sie bei Bedarf das API-Token an, das Zugriff auf Ihre selbst gehostete Modellbereitstellung gewährt.</translation>
    </message>
    <message>
        <source>To fully set up AWS credentials for this model please refer to the AWS Bedrock Configuration Guide.</source>
        <translation>Informationen zur vollständigen Einrichtung von AWS-Zugangsdaten für dieses Modell finden Sie im AWS Bedrock-Konfigurationsleitfaden.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Set: type a new key to replace it</source>
        <translation>Festgelegt: Geben Sie zum Ersetzen einen neuen Schlüssel ein</translation>
    </message>
    <message>
        <source>OpenAI-compatible servers such as vLLM expect the endpoint to end in /v1, for example https://host:8000/v1.</source>
        <translation>OpenAI-kompatible Server wie vLLM erwarten, dass der Endpunkt auf /v1 endet, z. B. https://host:8000/v1.</translation>
    </message>
    <message>
        <source>The API key: this GitLab does not let administrators read it back. Type it to test the connection with it.</source>
        <translation>Der API-Schlüssel: Dieses GitLab erlaubt Administratoren nicht, ihn wieder auszulesen. Geben Sie ihn ein, um die Verbindung damit zu testen.</translation>
    </message>
    <message>
        <source>Please enter a model identifier.</source>
        <translation>Geben Sie eine Modellkennung ein.</translation>
    </message>
</context>
<context>
    <name>ModelTestCommand</name>
    <message>
        <source>Usage: duo-console models test -i NAME MODEL [--api-key-stdin] [--json]</source>
        <translation>Verwendung: duo-console models test -i NAME MODEL [--api-key-stdin] [--json]</translation>
    </message>
    <message>
        <source>A test reaches the instance and the model; it cannot run with --offline.</source>
        <translation>Ein Test greift auf die Instanz und das Modell zu; er kann nicht mit --offline ausgeführt werden.</translation>
    </message>
    <message>
        <source>There is no model &apos;%1&apos;.</source>
        <translation>Es gibt kein Modell „%1“.</translation>
    </message>
    <message>
        <source>From GitLab (GitLab → AI gateway → model): %1</source>
        <translation>Von GitLab aus (GitLab → KI-Gateway → Modell): %1</translation>
    </message>
    <message>
        <source>From this computer (%1): %2</source>
        <translation>Von diesem Computer aus (%1): %2</translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>kein Endpunkt</translation>
    </message>
</context>
<context>
    <name>ModelTestResult</name>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>name lookup %1, connect started %2, TLS done %3, first byte %4, total %5</source>
        <translation>Namensauflösung %1, Verbindungsaufbau begonnen %2, TLS abgeschlossen %3, erstes Byte %4, gesamt %5</translation>
    </message>
</context>
<context>
    <name>ModelTestView</name>
    <message>
        <source>From GitLab: testing…</source>
        <translation>Von GitLab aus: wird getestet…</translation>
    </message>
    <message>
        <source>From this computer: testing…</source>
        <translation>Von diesem Computer aus: wird getestet…</translation>
    </message>
    <message>
        <source>From GitLab (GitLab → AI gateway → model): %1
%2</source>
        <translation>Von GitLab aus (GitLab → KI-Gateway → Modell): %1
%2</translation>
    </message>
    <message>
        <source>From this computer: %1
%2</source>
        <translation>Von diesem Computer aus: %1
%2</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Add self-hosted model</source>
        <translation>Selbst gehostetes Modell hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected model</source>
        <translation>Das ausgewählte Modell bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected model as a new draft</source>
        <translation>Das ausgewählte Modell als neuen Entwurf kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected models</source>
        <translation>Die ausgewählten Modelle löschen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the selected model&apos;s connection</source>
        <translation>Die Verbindung des ausgewählten Modells testen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the models from GitLab again</source>
        <translation>Die Modelle erneut von GitLab lesen</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Filter by name, family, endpoint or identifier</source>
        <translation>Nach Name, Familie, Endpunkt oder Kennung filtern</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Selbst gehostete Modelle</translation>
    </message>
    <message>
        <source>Model columns</source>
        <translation>Spalten der Modelle</translation>
    </message>
    <message>
        <source>Reading the models from GitLab…</source>
        <translation>Die Modelle werden von GitLab gelesen…</translation>
    </message>
    <message>
        <source>Loading the self-hosted models…</source>
        <translation>Die selbst gehosteten Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Not read from GitLab yet: Refresh reads every model.</source>
        <translation>Noch nicht von GitLab gelesen: „Aktualisieren“ liest alle Modelle.</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its models. Models added now wait in Pending changes.</source>
        <translation>Noch nie von GitLab gelesen: Verbinden Sie sich mit der Instanz, um ihre Modelle zu sehen. Jetzt hinzugefügte Modelle warten unter „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Edits wait in Pending changes.</source>
        <translation>Offline: Stand von GitLab vom %1. Bearbeitungen warten unter „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>No self-hosted models yet. Add a self-hosted model and select it for a feature to start using it.</source>
        <translation>Noch keine selbst gehosteten Modelle. Fügen Sie ein selbst gehostetes Modell hinzu, und wählen Sie es für eine Funktion aus, um es zu verwenden.</translation>
    </message>
    <message>
        <source>No model matches the filter.</source>
        <translation>Kein Modell entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Model rows</source>
        <translation>Modellzeilen</translation>
    </message>
    <message>
        <source>Select all models</source>
        <translation>Alle Modelle auswählen</translation>
    </message>
</context>
<context>
    <name>ModelsTableModel</name>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>to delete</source>
        <translation>zu löschen</translation>
    </message>
    <message>
        <source>set</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>Recorded here, not yet pushed to GitLab.</source>
        <translation>Hier erfasst, noch nicht an GitLab übertragen.</translation>
    </message>
    <message>
        <source>The last push did not apply it: see Pending changes.</source>
        <translation>Die letzte Übertragung hat dies nicht angewendet: Siehe „Ausstehende Änderungen“.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Modellfamilie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Model identifier</source>
        <translation>Modellkennung</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>Mutations</name>
    <message>
        <source>GitLab answered the creation without the new model&apos;s id.</source>
        <translation>GitLab hat die Erstellung ohne die ID des neuen Modells beantwortet.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>PaneCatalog</name>
    <message>
        <source>No GitLab instance yet</source>
        <translation>Noch keine GitLab-Instanz</translation>
    </message>
    <message>
        <source>Add a GitLab instance first: its URL and an administrator&apos;s personal access token with the api and admin_mode scopes.</source>
        <translation>Fügen Sie zuerst eine GitLab-Instanz hinzu: ihre URL und das persönliche Zugriffstoken eines Administrators mit den Bereichen api und admin_mode.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>License, GitLab Duo add-ons and seats, and whether this instance may use self-hosted models.</source>
        <translation>Lizenz, GitLab Duo-Add-ons und Plätze sowie die Angabe, ob diese Instanz selbst gehostete Modelle verwenden darf.</translation>
    </message>
    <message>
        <source>The license plan, licensee and dates, Duo add-on seats, the last subscription sync, and why self-hosted models are or are not available will show here.</source>
        <translation>Hier werden Lizenzplan, Lizenznehmer und Laufzeit, die Plätze der Duo-Add-ons, die letzte Synchronisierung des Abonnements sowie der Grund angezeigt, warum selbst gehostete Modelle verfügbar sind oder nicht.</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Selbst gehostete Modelle</translation>
    </message>
    <message>
        <source>The models your GitLab Duo features can use: deployment name, model family, endpoint, model identifier and API key.</source>
        <translation>Die Modelle, die Ihre GitLab Duo-Funktionen verwenden können: Bereitstellungsname, Modellfamilie, Endpunkt, Modellkennung und API-Schlüssel.</translation>
    </message>
    <message>
        <source>Every self-hosted model deployment will be listed here, with no 100-row limit, ready to add, edit, test and delete.</source>
        <translation>Hier wird jede Bereitstellung eines selbst gehosteten Modells aufgelistet – ohne Begrenzung auf 100 Zeilen und bereit zum Hinzufügen, Bearbeiten, Testen und Löschen.</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>KI-native Funktionen</translation>
    </message>
    <message>
        <source>Choose for each AI-native feature: Disabled, a GitLab AI vendor model, or one of your self-hosted models.</source>
        <translation>Wählen Sie für jede KI-native Funktion: Deaktiviert, ein KI-Anbietermodell von GitLab oder eines Ihrer selbst gehosteten Modelle.</translation>
    </message>
    <message>
        <source>Every feature the instance reports will show here, grouped as GitLab groups them, with its release state and the models it accepts.</source>
        <translation>Hier wird jede Funktion angezeigt, die die Instanz meldet – gruppiert wie in GitLab, mit ihrem Release-Status und den Modellen, die sie akzeptiert.</translation>
    </message>
    <message>
        <source>AI gateway</source>
        <translation>KI-Gateway</translation>
    </message>
    <message>
        <source>The AI gateway URL and timeout, and health checks from this desktop and from the GitLab server.</source>
        <translation>URL und Zeitlimit des KI-Gateways sowie Zustandsprüfungen von diesem Desktop und vom GitLab-Server aus.</translation>
    </message>
    <message>
        <source>The gateway URL, its health as seen from this desktop, and GitLab&apos;s own probes will show here as a setup checklist.</source>
        <translation>Die Gateway-URL, ihr Zustand von diesem Desktop aus gesehen und die eigenen Prüfungen von GitLab werden hier als Einrichtungscheckliste angezeigt.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Edits recorded on this computer and not yet pushed to GitLab.</source>
        <translation>Auf diesem Computer erfasste Änderungen, die noch nicht an GitLab übertragen wurden.</translation>
    </message>
    <message>
        <source>Changes you make, online or offline, wait here to be reviewed against the server and pushed as one plan.</source>
        <translation>Ihre Änderungen, ob online oder offline vorgenommen, warten hier darauf, mit dem Server abgeglichen und als ein gemeinsamer Plan übertragen zu werden.</translation>
    </message>
</context>
<context>
    <name>PendingChangesPane</name>
    <message>
        <source>Push all</source>
        <translation>Alle übertragen</translation>
    </message>
    <message>
        <source>Push all changes</source>
        <translation>Alle Änderungen übertragen</translation>
    </message>
    <message>
        <source>Push selected</source>
        <translation>Auswahl übertragen</translation>
    </message>
    <message>
        <source>Push the selected changes</source>
        <translation>Die ausgewählten Änderungen übertragen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the selected changes</source>
        <translation>Die ausgewählten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Keep my value for the selected conflicting field</source>
        <translation>Meinen Wert für das ausgewählte Feld mit Konflikt behalten</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Wert des Servers übernehmen</translation>
    </message>
    <message>
        <source>Take the server&apos;s value for the selected conflicting field</source>
        <translation>Den Wert des Servers für das ausgewählte Feld mit Konflikt übernehmen</translation>
    </message>
    <message>
        <source>Stop at the first error</source>
        <translation>Beim ersten Fehler anhalten</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Pending changes columns</source>
        <translation>Spalten der ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>Push history</source>
        <translation>Übertragungsverlauf</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Push history columns</source>
        <translation>Spalten des Übertragungsverlaufs</translation>
    </message>
    <message>
        <source>Push progress</source>
        <translation>Übertragungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the push</source>
        <translation>Die Übertragung abbrechen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n step(s)…</source>
        <translation>
            <numerusform>%n Schritt wird übertragen…</numerusform>
            <numerusform>%n Schritte werden übertragen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Checking the changes against the server…</source>
        <translation>Die Änderungen werden mit dem Server abgeglichen…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>Select a conflicting field and keep yours or take the server&apos;s, then push again.</source>
        <translation>Wählen Sie ein Feld mit Konflikt aus, behalten Sie Ihren Wert oder übernehmen Sie den des Servers, und übertragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Verworfen.</translation>
    </message>
    <message>
        <source>The push stopped when its instance was closed; push again to finish it.</source>
        <translation>Die Übertragung wurde beendet, als ihre Instanz geschlossen wurde; übertragen Sie erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Cancelling after the batches in flight…</source>
        <translation>Abbruch nach den laufenden Stapeln…</translation>
    </message>
</context>
<context>
    <name>PlanGraph</name>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos; once the model holding that name has given it up</source>
        <translation>„%1“ in „%2“ umbenennen, sobald das Modell, das diesen Namen trägt, ihn freigegeben hat</translation>
    </message>
    <message>
        <source>(as &apos;%1&apos; until &apos;%2&apos; gives its name up)</source>
        <translation>(als „%1“, bis „%2“ seinen Namen freigibt)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the instance a name.</source>
        <translation>Geben Sie der Instanz einen Namen.</translation>
    </message>
    <message>
        <source>An instance named &apos;%1&apos; already exists.</source>
        <translation>Eine Instanz namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read (no permission). Instances cannot be listed until it can.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden (keine Berechtigung). Bis dies möglich ist, können keine Instanzen aufgelistet werden.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a Duo Console configuration (it cannot be parsed). It was left as it is; fix it, or move it aside to start again.</source>
        <translation>Die Konfigurationsdatei %1 ist keine Konfiguration von Duo Console (sie kann nicht eingelesen werden). Sie wurde unverändert belassen; korrigieren Sie sie, oder verschieben Sie sie an einen anderen Ort, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The configuration file %1 could not be read; it was kept as %2, and a new one was started.</source>
        <translation>Die Konfigurationsdatei %1 konnte nicht gelesen werden; sie wurde als %2 aufbewahrt, und eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>The configuration file %1 could not be written.</source>
        <translation>Die Konfigurationsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The instance name is %1 characters long; keep it to %2.</source>
        <translation>Der Instanzname ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The instance name</source>
        <translation>Der Instanzname</translation>
    </message>
</context>
<context>
    <name>PushAnswers</name>
    <message>
        <source>%1 — this draft was most likely created by a push that was interrupted, but GitLab hides it: its family is in beta and beta models are not accepted in the web UI (Admin &gt; GitLab Duo). Accept beta models there to see it; do not create it again under another name.</source>
        <translation>%1 — dieser Entwurf wurde höchstwahrscheinlich von einer unterbrochenen Übertragung erstellt, aber GitLab blendet ihn aus: Seine Familie ist in der Beta-Phase, und Beta-Modelle sind in der Weboberfläche nicht akzeptiert (Admin &gt; GitLab Duo). Akzeptieren Sie dort Beta-Modelle, um ihn zu sehen; erstellen Sie ihn nicht unter einem anderen Namen erneut.</translation>
    </message>
    <message>
        <source>%1 — a model with this name exists but GitLab hides it: its family is in beta and beta models are not accepted in the web UI (Admin &gt; GitLab Duo). Choose another name, or accept beta models there.</source>
        <translation>%1 – ein Modell mit diesem Namen existiert, aber GitLab blendet es aus: Seine Modellfamilie ist in der Beta-Phase, und Beta-Modelle sind in der Weboberfläche nicht zugelassen (Admin &gt; GitLab Duo). Wählen Sie einen anderen Namen, oder lassen Sie dort Beta-Modelle zu.</translation>
    </message>
</context>
<context>
    <name>PushCheck</name>
    <message>
        <source>Changed on the server too: %1. Keep yours or take the server&apos;s.</source>
        <translation>Auch auf dem Server geändert: %1. Behalten Sie Ihren Wert, oder übernehmen Sie den des Servers.</translation>
    </message>
    <message>
        <source>A model named &apos;%1&apos; was created on the server meanwhile. Rename the draft, or discard it.</source>
        <translation>Auf dem Server wurde inzwischen ein Modell namens „%1“ erstellt. Benennen Sie den Entwurf um, oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>This model was deleted on the server. Discard the change, or create the model again.</source>
        <translation>Dieses Modell wurde auf dem Server gelöscht. Verwerfen Sie die Änderung, oder erstellen Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>Assigned differently on the server too: %1. Keep yours or take the server&apos;s.</source>
        <translation>Auch auf dem Server anders zugewiesen: %1. Behalten Sie Ihren Wert, oder übernehmen Sie den des Servers.</translation>
    </message>
    <message>
        <source>GitLab no longer offers a model allowlist for %1. Take the server&apos;s side to drop this change.</source>
        <translation>GitLab bietet für %1 keine Modell-Zulassungsliste mehr an. Übernehmen Sie den Stand des Servers, um diese Änderung zu verwerfen.</translation>
    </message>
    <message>
        <source>%1 Edit the draft, or discard it.</source>
        <translation>%1 Bearbeiten Sie den Entwurf, oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos;</source>
        <translation>Modell „%1“</translation>
    </message>
</context>
<context>
    <name>PushOutcome</name>
    <message>
        <source>%1, %2, %3; %4.</source>
        <comment>pushed, failed, in conflict; requests</comment>
        <translation>%1, %2, %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pushed</source>
        <translation>
            <numerusform>%n Änderung übertragen</numerusform>
            <numerusform>%n Änderungen übertragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n im Konflikt</numerusform>
            <numerusform>%n im Konflikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushPlanner</name>
    <message>
        <source>Create model &apos;%1&apos; (%2)</source>
        <translation>Modell „%1“ erstellen (%2)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Update model &apos;%1&apos;: %2</source>
        <translation>Modell „%1“ aktualisieren: %2</translation>
    </message>
    <message>
        <source>self-hosted model &apos;%1&apos;</source>
        <translation>selbst gehostetes Modell „%1“</translation>
    </message>
    <message>
        <source>GitLab AI vendor model</source>
        <translation>KI-Anbietermodell von GitLab</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Update Duo settings: %1</source>
        <translation>Duo-Einstellungen aktualisieren: %1</translation>
    </message>
    <message>
        <source>Delete model &apos;%1&apos;</source>
        <translation>Modell „%1“ löschen</translation>
    </message>
    <message>
        <source>Disable %1 before deleting &apos;%2&apos;</source>
        <translation>%1 vor dem Löschen von „%2“ deaktivieren</translation>
    </message>
    <message>
        <source>Move %1 from &apos;%2&apos; to &apos;%3&apos; before deleting &apos;%2&apos;</source>
        <translation>%1 von „%2“ nach „%3“ verschieben, bevor „%2“ gelöscht wird</translation>
    </message>
    <message>
        <source>Limit %1 to the allowlist: %2</source>
        <translation>%1 auf die Zulassungsliste beschränken: %2</translation>
    </message>
    <message>
        <source>the chosen model only</source>
        <translation>nur das gewählte Modell</translation>
    </message>
    <message>
        <source>Turn off the model allowlist of %1</source>
        <translation>Modell-Zulassungsliste von %1 deaktivieren</translation>
    </message>
    <message>
        <source>GitLab AI vendor model %1</source>
        <translation>KI-Anbietermodell %1 von GitLab</translation>
    </message>
</context>
<context>
    <name>PushRecords</name>
    <message>
        <source>Another push of this instance is running: %1 (process %2 on %3) has pushed since %4. Wait for it to finish, then push again.</source>
        <translation>Eine andere Übertragung dieser Instanz läuft bereits: seit %4 durch %1 (Prozess %2 auf %3). Warten Sie, bis sie abgeschlossen ist, und übertragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>This push no longer holds the instance&apos;s push lease; nothing more was sent. Push again.</source>
        <translation>Diese Übertragung besitzt die Übertragungssperre der Instanz nicht mehr; es wurde nichts weiter gesendet. Übertragen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>PushStep</name>
    <message>
        <source>(from the keychain)</source>
        <translation>(aus dem Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No token is stored in the system keychain for this instance.</source>
        <translation>Für diese Instanz ist kein Token im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet; until then a token can only be used for this session.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1). Starten Sie einen Secret Service wie GNOME Keyring oder KWallet; bis dahin kann ein Token nur für diese Sitzung verwendet werden.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert (%1). Entsperren Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for a password prompt; unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet. Möglicherweise wartet er auf eine Passworteingabe; entsperren Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the token cannot be read or stored. Unlock it (log in to the desktop session, or unlock the &quot;Login&quot; keyring in Passwords and Keys / KWallet Manager), then try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann das Token weder gelesen noch gespeichert werden. Entsperren Sie ihn (melden Sie sich bei der Desktop-Sitzung an, oder entsperren Sie den Schlüsselbund „Login“ in Passwörter und Verschlüsselung / KWallet Manager), und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ServerReader</name>
    <message>
        <source>GitLab does not let this token list self-hosted models: an administrator&apos;s token and the Duo Enterprise add-on are needed.</source>
        <translation>GitLab erlaubt diesem Token nicht, selbst gehostete Modelle aufzulisten: Erforderlich sind das Token eines Administrators und das Add-on Duo Enterprise.</translation>
    </message>
    <message>
        <source>GitLab does not show this token the AI-native feature settings: it needs an administrator who may manage self-hosted models.</source>
        <translation>GitLab zeigt diesem Token die Einstellungen der KI-nativen Funktionen nicht an: Dafür ist ein Administrator erforderlich, der selbst gehostete Modelle verwalten darf.</translation>
    </message>
</context>
<context>
    <name>SettingsDrift</name>
    <message>
        <source>(unset)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>URL des KI-Gateways</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>Zeitlimit des KI-Gateways</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>URL des Agent Platform-Dienstes</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>TLS der Agent Platform</translation>
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
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>GitLab instance reachable</source>
        <translation>GitLab-Instanz erreichbar</translation>
    </message>
    <message>
        <source>GitLab %1 answered.</source>
        <translation>GitLab %1 hat geantwortet.</translation>
    </message>
    <message>
        <source>Not connected to the instance.</source>
        <translation>Nicht mit der Instanz verbunden.</translation>
    </message>
    <message>
        <source>Check the instance&apos;s URL, proxy and CA file (Instance &gt; Edit instance), and that GitLab is up.</source>
        <translation>Prüfen Sie URL, Proxy und CA-Datei der Instanz (Instanz &gt; Instanz bearbeiten) und ob GitLab läuft.</translation>
    </message>
    <message>
        <source>Access token: scopes and expiry</source>
        <translation>Zugriffstoken: Bereiche und Ablauf</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>License and GitLab Duo add-on</source>
        <translation>Lizenz und GitLab Duo-Add-on</translation>
    </message>
    <message>
        <source>Needs a connection to the instance.</source>
        <translation>Erfordert eine Verbindung zur Instanz.</translation>
    </message>
    <message>
        <source>GitLab did not say which scopes the token has.</source>
        <translation>GitLab hat nicht angegeben, welche Bereiche das Token hat.</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>Bereiche: %1.</translation>
    </message>
    <message>
        <source>Create a personal access token with the api and admin_mode scopes and replace the stored one (Instance &gt; Edit instance).</source>
        <translation>Erstellen Sie ein persönliches Zugriffstoken mit den Bereichen api und admin_mode, und ersetzen Sie damit das gespeicherte (Instanz &gt; Instanz bearbeiten).</translation>
    </message>
    <message>
        <source>%1 is an administrator.</source>
        <translation>%1 ist Administrator.</translation>
    </message>
    <message>
        <source>%1 is not an administrator.</source>
        <translation>%1 ist kein Administrator.</translation>
    </message>
    <message>
        <source>Use the token of an administrator: only they can configure GitLab Duo Self-Hosted.</source>
        <translation>Verwenden Sie das Token eines Administrators: Nur Administratoren können GitLab Duo Self-Hosted konfigurieren.</translation>
    </message>
    <message>
        <source>This instance may use self-hosted models.</source>
        <translation>Diese Instanz darf selbst gehostete Modelle verwenden.</translation>
    </message>
    <message>
        <source>AI gateway URL set</source>
        <translation>URL des KI-Gateways festgelegt</translation>
    </message>
    <message>
        <source>The instance was never read: refresh it first.</source>
        <translation>Die Instanz wurde noch nie gelesen: Aktualisieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>No AI gateway URL is set.</source>
        <translation>Es ist keine URL des KI-Gateways festgelegt.</translation>
    </message>
    <message>
        <source>Set the local AI gateway URL on the AI gateway pane.</source>
        <translation>Legen Sie die URL des lokalen KI-Gateways im Bereich „KI-Gateway“ fest.</translation>
    </message>
    <message>
        <source>Set AI_GATEWAY_URL in /etc/gitlab/gitlab.rb (see the AI gateway pane).</source>
        <translation>Legen Sie AI_GATEWAY_URL in /etc/gitlab/gitlab.rb fest (siehe Bereich „KI-Gateway“).</translation>
    </message>
    <message>
        <source>The AI gateway URL %1 is not an http:// or https:// URL.</source>
        <translation>Die URL des KI-Gateways %1 ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Correct it on the AI gateway pane.</source>
        <translation>Korrigieren Sie sie im Bereich „KI-Gateway“.</translation>
    </message>
    <message>
        <source>Features point at usable models</source>
        <translation>Funktionen verweisen auf verwendbare Modelle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every feature set to a self-hosted model can use it.</source>
        <translation>Jede Funktion, die auf ein selbst gehostetes Modell eingestellt ist, kann es verwenden.</translation>
    </message>
    <message>
        <source>Choose another model for these features on the AI-native features pane. A model of a beta family is hidden until beta models are accepted.</source>
        <translation>Wählen Sie im Bereich „KI-native Funktionen“ ein anderes Modell für diese Funktionen aus. Ein Modell einer Beta-Familie ist ausgeblendet, bis Beta-Modelle akzeptiert werden.</translation>
    </message>
    <message>
        <source>Settings kept across upgrades</source>
        <translation>Einstellungen bleiben bei Upgrades erhalten</translation>
    </message>
    <message>
        <source>GitLab %1 → %2 reset: %3</source>
        <translation>GitLab %1 → %2 hat zurückgesetzt: %3</translation>
    </message>
    <message>
        <source>Restore them on the AI gateway pane.</source>
        <translation>Stellen Sie sie im Bereich „KI-Gateway“ wieder her.</translation>
    </message>
    <message>
        <source>No setting was reset by an upgrade.</source>
        <translation>Keine Einstellung wurde durch ein Upgrade zurückgesetzt.</translation>
    </message>
    <message>
        <source>AI gateway from this computer (health, TCP, TLS)</source>
        <translation>KI-Gateway von diesem Computer aus (Zustand, TCP, TLS)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The gateway answers but is unhealthy: read its logs.</source>
        <translation>Das Gateway antwortet, ist aber nicht betriebsbereit: Lesen Sie seine Protokolle.</translation>
    </message>
    <message>
        <source>Check that the gateway runs and that this computer may reach it (firewall, proxy, CA file).</source>
        <translation>Prüfen Sie, ob das Gateway läuft und ob dieser Computer es erreichen darf (Firewall, Proxy, CA-Datei).</translation>
    </message>
    <message>
        <source>GitLab&apos;s own probes</source>
        <translation>Eigene Prüfungen von GitLab</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) passed.</source>
        <translation>
            <numerusform>%n Prüfung bestanden.</numerusform>
            <numerusform>%n Prüfungen bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitLab&apos;s server cannot reach what these name: check the gateway URL and the network from the GitLab server.</source>
        <translation>Der GitLab-Server kann die hier genannten Ziele nicht erreichen: Prüfen Sie die Gateway-URL und das Netzwerk vom GitLab-Server aus.</translation>
    </message>
    <message>
        <source>Model %1: from GitLab and from here</source>
        <translation>Modell %1: von GitLab und von hier aus</translation>
    </message>
    <message>
        <source>From GitLab: %1</source>
        <translation>Von GitLab aus: %1</translation>
    </message>
    <message>
        <source>From here: %1</source>
        <translation>Von hier aus: %1</translation>
    </message>
    <message>
        <source>GitLab reaches it; this computer does not: a local network limit, not a fault of the set-up.</source>
        <translation>GitLab erreicht es, dieser Computer nicht: eine Einschränkung des lokalen Netzwerks, kein Fehler der Einrichtung.</translation>
    </message>
    <message>
        <source>Check the model&apos;s endpoint, identifier and key on the Self-hosted models pane, and that the gateway reaches the model server.</source>
        <translation>Prüfen Sie Endpunkt, Kennung und Schlüssel des Modells im Bereich „Selbst gehostete Modelle“ und ob das Gateway den Modellserver erreicht.</translation>
    </message>
</context>
<context>
    <name>SetupCheckDialog</name>
    <message>
        <source>Setup check</source>
        <translation>Einrichtungsprüfung</translation>
    </message>
    <message>
        <source>Every link from GitLab to a working self-hosted model, checked at once: unlike GitLab&apos;s own check, one failure does not stop the others.</source>
        <translation>Jede Verbindung von GitLab zu einem funktionierenden selbst gehosteten Modell, auf einmal geprüft: Anders als bei der eigenen Prüfung von GitLab hält ein Fehler die übrigen Prüfungen nicht auf.</translation>
    </message>
    <message>
        <source>Setup check results</source>
        <translation>Ergebnisse der Einrichtungsprüfung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Setup check columns</source>
        <translation>Spalten der Einrichtungsprüfung</translation>
    </message>
    <message>
        <source>Test every model, not only those features use</source>
        <translation>Jedes Modell testen, nicht nur die von Funktionen verwendeten</translation>
    </message>
    <message>
        <source>Test every model</source>
        <translation>Jedes Modell testen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation>Prüfung ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation>Den Bericht als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the report as JSON</source>
        <translation>Den Bericht als JSON kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
</context>
<context>
    <name>SetupItem</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>SetupReport</name>
    <message>
        <source># Duo Console setup check: %1</source>
        <translation># Einrichtungsprüfung von Duo Console: %1</translation>
    </message>
    <message>
        <source>| Check | Result | Time | Details |</source>
        <translation>| Prüfung | Ergebnis | Dauer | Details |</translation>
    </message>
    <message>
        <source> Fix: %1</source>
        <translation> Abhilfe: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>passed, warnings, failed, skipped</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>, administrator</source>
        <translation>, Administrator</translation>
    </message>
    <message>
        <source>, not an administrator</source>
        <translation>, kein Administrator</translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation>Token-Bereiche</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1 (%2), %3 seats, expires %4</source>
        <translation>%1 (%2), %3 Plätze, läuft am %4 ab</translation>
    </message>
    <message>
        <source>not readable with this token</source>
        <translation>mit diesem Token nicht lesbar</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 seats assigned)</source>
        <translation>%1 (%2 von %3 Plätzen zugewiesen)</translation>
    </message>
    <message>
        <source>Duo add-ons</source>
        <translation>Duo-Add-ons</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>API shape</source>
        <translation>API-Variante</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Selbst gehostete Modelle</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation>nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>status asks the instance itself; it cannot run with --offline.</source>
        <translation>status fragt die Instanz selbst ab; der Befehl kann nicht mit --offline ausgeführt werden.</translation>
    </message>
    <message>
        <source>model connection check</source>
        <translation>Verbindungsprüfung für Modelle</translation>
    </message>
    <message>
        <source>a platform per model</source>
        <translation>eine Plattform pro Modell</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>URL des KI-Gateways</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>Zeitlimit des KI-Gateways</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>URL des Agent Platform-Dienstes</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>TLS der Agent Platform</translation>
    </message>
    <message>
        <source>model allowlists</source>
        <translation>Modell-Zulassungslisten</translation>
    </message>
    <message>
        <source>Agent Platform functional check</source>
        <translation>Funktionsprüfung der Agent Platform</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>New in this GitLab</source>
        <translation>Neu in diesem GitLab</translation>
    </message>
    <message>
        <source>%1 (shown by GitLab&apos;s raw names)</source>
        <translation>%1 (mit den Rohnamen von GitLab angezeigt)</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>--all goes with --check: it tests every model.</source>
        <translation>--all gehört zu --check: Die Option testet jedes Modell.</translation>
    </message>
</context>
<context>
    <name>SubscriptionCommand</name>
    <message numerus="yes">
        <source>%1 to %2  %3, %4, %n seat(s)</source>
        <translation>
            <numerusform>%1 bis %2  %3, %4, %n Platz</numerusform>
            <numerusform>%1 bis %2  %3, %4, %n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (trial)</source>
        <translation> (Testversion)</translation>
    </message>
    <message>
        <source>Licensed to</source>
        <translation>Lizenziert für</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Seats in subscription</source>
        <translation>Plätze im Abonnement</translation>
    </message>
    <message>
        <source>Billable users</source>
        <translation>Abrechenbare Benutzer</translation>
    </message>
    <message>
        <source>Maximum users</source>
        <translation>Maximale Benutzerzahl</translation>
    </message>
    <message>
        <source>Users over subscription</source>
        <translation>Benutzer über Abonnement</translation>
    </message>
    <message>
        <source>not readable with this token (an administrator&apos;s token can)</source>
        <translation>mit diesem Token nicht lesbar (mit dem Token eines Administrators schon)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 seats assigned)</source>
        <translation>%1 (%2 von %3 Plätzen zugewiesen)</translation>
    </message>
    <message>
        <source>Duo add-ons</source>
        <translation>Duo-Add-ons</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Selbst gehostete Modelle</translation>
    </message>
    <message>
        <source>available on this instance</source>
        <translation>auf dieser Instanz verfügbar</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Subscriptions to come:</source>
        <translation>Künftige Abonnements:</translation>
    </message>
    <message>
        <source>The license&apos;s history could not be read: %1</source>
        <translation>Der Verlauf der Lizenz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>subscription asks the instance itself; it cannot run with --offline.</source>
        <translation>subscription fragt die Instanz selbst ab; der Befehl kann nicht mit --offline ausgeführt werden.</translation>
    </message>
    <message>
        <source>Usage: duo-console subscription -i NAME [--json]</source>
        <translation>Verwendung: duo-console subscription -i NAME [--json]</translation>
    </message>
</context>
<context>
    <name>SubscriptionPane</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>GitLab Duo</source>
        <translation>GitLab Duo</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Add-ons:</translation>
    </message>
    <message>
        <source>Self-hosted models:</source>
        <translation>Selbst gehostete Modelle:</translation>
    </message>
    <message>
        <source>This connection</source>
        <translation>Diese Verbindung</translation>
    </message>
    <message>
        <source>GitLab:</source>
        <translation>GitLab:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>To fix:</source>
        <translation>Zu beheben:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>This token cannot read the license (an administrator&apos;s token can).</source>
        <translation>Dieses Token kann die Lizenz nicht lesen (das Token eines Administrators kann es).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats assigned</source>
        <translation>%1: %2 von %3 Plätzen zugewiesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Available on this instance.</source>
        <translation>Auf dieser Instanz verfügbar.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 (revision %2), API shape %3</source>
        <translation>%1 (Revision %2), API-Variante %3</translation>
    </message>
    <message>
        <source>%1 (%2); scopes: %3</source>
        <translation>%1 (%2); Bereiche: %3</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>not an administrator</source>
        <translation>kein Administrator</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>; expires %1</source>
        <translation>; läuft am %1 ab</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Licensed to:</source>
        <translation>Lizenziert für:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Startdatum:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Enddatum:</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <source>Seats in subscription:</source>
        <translation>Plätze im Abonnement:</translation>
    </message>
    <message>
        <source>Billable users:</source>
        <translation>Abrechenbare Benutzer:</translation>
    </message>
    <message>
        <source>Maximum users:</source>
        <translation>Maximale Benutzerzahl:</translation>
    </message>
    <message>
        <source>Users over subscription:</source>
        <translation>Benutzer über Abonnement:</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Synchronize subscription…</source>
        <translation>Abonnement synchronisieren…</translation>
    </message>
    <message>
        <source>Synchronize subscription</source>
        <translation>Abonnement synchronisieren</translation>
    </message>
    <message>
        <source>GitLab has no API for synchronizing: this opens the subscription page in your browser and watches Last sync until it changes.</source>
        <translation>GitLab bietet keine API zum Synchronisieren: Dies öffnet die Abonnementseite in Ihrem Browser und beobachtet die letzte Synchronisierung, bis sie sich ändert.</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Beobachtung beenden</translation>
    </message>
    <message>
        <source>Stop watching the last sync</source>
        <translation>Die Beobachtung der letzten Synchronisierung beenden</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Read the subscription again</source>
        <translation>Das Abonnement erneut lesen</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Subscription history</source>
        <translation>Abonnementverlauf</translation>
    </message>
    <message>
        <source>Subscriptions to come</source>
        <translation>Künftige Abonnements</translation>
    </message>
    <message>
        <source>Stopped watching. Last sync: %1.</source>
        <translation>Beobachtung beendet. Letzte Synchronisierung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Watching Last sync for %n more second(s)…</source>
        <translation>
            <numerusform>Die letzte Synchronisierung wird noch %n Sekunde beobachtet…</numerusform>
            <numerusform>Die letzte Synchronisierung wird noch %n Sekunden beobachtet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The last read failed: %1</source>
        <translation>Der letzte Lesevorgang ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The subscription synchronized: Last sync is now %1 (it was %2).</source>
        <translation>Das Abonnement wurde synchronisiert: Die letzte Synchronisierung ist jetzt %1 (vorher %2).</translation>
    </message>
    <message numerus="yes">
        <source>Last sync did not change within %n minute(s). The synchronization may still be running, or GitLab could not reach its servers (the page in the browser says so); press Read again later.</source>
        <translation>
            <numerusform>Die letzte Synchronisierung hat sich innerhalb von %n Minute nicht geändert. Die Synchronisierung läuft möglicherweise noch, oder GitLab konnte seine Server nicht erreichen (die Seite im Browser zeigt das an); klicken Sie später auf „Erneut lesen“.</numerusform>
            <numerusform>Die letzte Synchronisierung hat sich innerhalb von %n Minuten nicht geändert. Die Synchronisierung läuft möglicherweise noch, oder GitLab konnte seine Server nicht erreichen (die Seite im Browser zeigt das an); klicken Sie später auf „Erneut lesen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: columns</source>
        <translation>%1: Spalten</translation>
    </message>
    <message>
        <source>%1: rows</source>
        <translation>%1: Zeilen</translation>
    </message>
    <message>
        <source>%1: select all</source>
        <translation>%1: alle auswählen</translation>
    </message>
    <message>
        <source>Reading the subscription…</source>
        <translation>Das Abonnement wird gelesen…</translation>
    </message>
    <message>
        <source>%1, trial</source>
        <translation>%1, Testversion</translation>
    </message>
    <message>
        <source>%1 (this license does not synchronize)</source>
        <translation>%1 (diese Lizenz wird nicht synchronisiert)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Aktivierungsdatum</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>The subscription could not be read: %1</source>
        <translation>Das Abonnement konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Read from GitLab at %1.</source>
        <translation>Von GitLab gelesen: %1.</translation>
    </message>
    <message>
        <source>Synchronization does not apply to this license (%1): GitLab synchronizes only online licenses, activated with an activation code. See above for how a purchase reaches it.</source>
        <translation>Die Synchronisierung gilt nicht für diese Lizenz (%1): GitLab synchronisiert nur Online-Lizenzen, die mit einem Aktivierungscode aktiviert wurden. Wie ein Kauf sie erreicht, ist oben beschrieben.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open %1, press the sync button next to Last sync, then press Read again here.</source>
        <translation>Der Browser konnte nicht geöffnet werden. Öffnen Sie %1, klicken Sie auf die Synchronisierungsschaltfläche neben „Last sync“, und klicken Sie dann hier auf „Erneut lesen“.</translation>
    </message>
    <message>
        <source>GitLab has no API for synchronizing a subscription, so its Subscription page is now open in your browser: press the sync button next to Last sync there. Duo Console watches Last sync (now %1) and says when it changes.</source>
        <translation>GitLab bietet keine API zum Synchronisieren eines Abonnements, daher ist die Abonnementseite von GitLab jetzt in Ihrem Browser geöffnet: Klicken Sie dort auf die Synchronisierungsschaltfläche neben „Last sync“. Duo Console beobachtet die letzte Synchronisierung (jetzt %1) und meldet, wenn sie sich ändert.</translation>
    </message>
</context>
<context>
    <name>SubscriptionReader</name>
    <message>
        <source>GitLab did not let this token read the license (an administrator&apos;s token can).</source>
        <translation>GitLab hat diesem Token nicht erlaubt, die Lizenz zu lesen (das Token eines Administrators kann es).</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation>Inhaber: %1
Aussteller: %2
Gültig von %3 bis %4
SHA-256-Fingerabdruck: %5</translation>
    </message>
    <message>
        <source>Ask the instance&apos;s administrator to renew or correct the certificate, or check that the URL uses the name the certificate was issued for.</source>
        <translation>Bitten Sie den Administrator der Instanz, das Zertifikat zu erneuern oder zu korrigieren, oder prüfen Sie, ob die URL den Namen verwendet, für den das Zertifikat ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The certificate is outside its validity period (valid from %1 to %2): ask the instance&apos;s administrator to renew it. A CA file cannot help here.</source>
        <translation>Das Zertifikat liegt außerhalb seines Gültigkeitszeitraums (gültig von %1 bis %2): Bitten Sie den Administrator der Instanz, es zu erneuern. Eine CA-Datei hilft hier nicht.</translation>
    </message>
    <message>
        <source>The certificate was not issued for %1: check that the URL uses the name the certificate was issued for, or ask the administrator to correct it.</source>
        <translation>Das Zertifikat wurde nicht für %1 ausgestellt: Prüfen Sie, ob die URL den Namen verwendet, für den das Zertifikat ausgestellt wurde, oder bitten Sie den Administrator, es zu korrigieren.</translation>
    </message>
    <message>
        <source>The CA file %1 is configured for this instance, but it does not hold the authority that signed this certificate: check that it is the right file (duo-console instance edit NAME --ca-file PATH).</source>
        <translation>Für diese Instanz ist die CA-Datei %1 konfiguriert, aber sie enthält nicht die Zertifizierungsstelle, die dieses Zertifikat signiert hat: Prüfen Sie, ob es die richtige Datei ist (duo-console instance edit NAME --ca-file PATH).</translation>
    </message>
    <message>
        <source>If your organisation uses its own certificate authority, add its CA file (PEM) in the instance&apos;s settings (duo-console instance edit NAME --ca-file PATH).</source>
        <translation>Wenn Ihre Organisation eine eigene Zertifizierungsstelle verwendet, fügen Sie deren CA-Datei (PEM) in den Einstellungen der Instanz hinzu (duo-console instance edit NAME --ca-file PATH).</translation>
    </message>
</context>
</TS>
