<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez que l&apos;instance est en service ou augmentez le délai d&apos;expiration des requêtes.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the instance URL and your DNS or proxy settings.</source>
        <translation>Le nom d&apos;hôte %1 est introuvable. Vérifiez l&apos;URL de l&apos;instance et vos paramètres DNS ou de proxy.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the instance URL and port.</source>
        <translation>%1 a refusé la connexion. Vérifiez l&apos;URL et le port de l&apos;instance.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>La connexion à %1 a expiré.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 was not found on this server. Check the instance URL.</source>
        <translation>%1 est introuvable sur ce serveur. Vérifiez l&apos;URL de l&apos;instance.</translation>
    </message>
    <message>
        <source>GitLab is rate limiting requests. Try again in a moment.</source>
        <translation>GitLab limite le débit des requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>GitLab rejected the request: %1</source>
        <translation>GitLab a rejeté la requête : %1</translation>
    </message>
    <message>
        <source>GitLab answered with a server error (HTTP %1). Try again later, or check the instance&apos;s logs.</source>
        <translation>GitLab a répondu par une erreur serveur (HTTP %1). Réessayez plus tard ou consultez les journaux de l&apos;instance.</translation>
    </message>
    <message>
        <source>GitLab answered with unexpected HTTP status %1.</source>
        <translation>GitLab a répondu avec un statut HTTP inattendu : %1.</translation>
    </message>
    <message>
        <source>GitLab redirected the request to another address (%1); the token was not sent there. If the instance moved, use its new URL.</source>
        <translation>GitLab a redirigé la requête vers une autre adresse (%1) ; le jeton n&apos;y a pas été envoyé. Si l&apos;instance a déménagé, utilisez sa nouvelle URL.</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer was cut off before it was complete. A proxy or load balancer may have closed the connection; try again.</source>
        <translation>La réponse de GitLab a été interrompue avant d&apos;être complète. Un proxy ou un répartiteur de charge a peut-être fermé la connexion ; réessayez.</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer could not be read (it is not valid JSON). A proxy may have changed or cut it.</source>
        <translation>La réponse de GitLab est illisible (ce n&apos;est pas du JSON valide). Un proxy l&apos;a peut-être modifiée ou tronquée.</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation>certificat refusé</translation>
    </message>
    <message>
        <source>token refused</source>
        <translation>jeton refusé</translation>
    </message>
    <message>
        <source>access refused</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>sans licence</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>requête non valide</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>débit limité</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur serveur</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>réponse inattendue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>The access token lacks a scope this needs (accepted: %1). Create a token with the api and admin_mode scopes.</source>
        <translation>Il manque au jeton d&apos;accès une portée nécessaire (portées acceptées : %1). Créez un jeton avec les portées api et admin_mode.</translation>
    </message>
    <message>
        <source>GitLab refused the request (%1). This needs an administrator&apos;s token; when Admin Mode is on, the token also needs the admin_mode scope.</source>
        <translation>GitLab a refusé la requête (%1). Cette opération nécessite le jeton d&apos;un administrateur ; lorsque l&apos;Admin Mode est activé, le jeton doit aussi avoir la portée admin_mode.</translation>
    </message>
    <message>
        <source>GitLab says this does not exist or the token may not do it. Check that the token belongs to an administrator and has the api scope.</source>
        <translation>Selon GitLab, cet élément n&apos;existe pas ou le jeton n&apos;a pas le droit d&apos;effectuer cette opération. Vérifiez que le jeton appartient à un administrateur et qu&apos;il possède la portée api.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid instance URL. Use the address you open GitLab with, such as https://gitlab.example.com.</source>
        <translation>« %1 » n&apos;est pas une URL d&apos;instance valide. Utilisez l&apos;adresse avec laquelle vous ouvrez GitLab, par exemple https://gitlab.example.com.</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which would send the access token unencrypted. Use https://, or confirm http explicitly for this instance.</source>
        <translation>%1 utilise http:// en clair, ce qui enverrait le jeton d&apos;accès sans chiffrement. Utilisez https:// ou confirmez explicitement http pour cette instance.</translation>
    </message>
    <message>
        <source>The instance URL must start with https://.</source>
        <translation>L&apos;URL de l&apos;instance doit commencer par https://.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before it answered. A change being sent may or may not have been applied; it is never sent twice blindly.</source>
        <translation>La connexion à %1 a été fermée avant sa réponse. Une modification en cours d&apos;envoi a pu être appliquée ou non ; elle n&apos;est jamais renvoyée à l&apos;aveugle.</translation>
    </message>
    <message>
        <source>%1 could not be reached through the proxy %2:%3 (%4). Check that the proxy is running and the instance&apos;s proxy setting.</source>
        <translation>%1 est injoignable via le proxy %2:%3 (%4). Vérifiez que le proxy est en service, ainsi que le paramètre de proxy de l&apos;instance.</translation>
    </message>
    <message>
        <source>The proxy refused the request: it needs a user name and password, or did not accept the ones stored for this instance. Check the proxy user and password.</source>
        <translation>Le proxy a refusé la requête : il exige un nom d&apos;utilisateur et un mot de passe, ou n&apos;a pas accepté ceux enregistrés pour cette instance. Vérifiez l&apos;utilisateur et le mot de passe du proxy.</translation>
    </message>
    <message numerus="yes">
        <source>GitLab is rate limiting requests and asks to wait until %1 (%n minute(s)). Try again then.</source>
        <translation>
            <numerusform>GitLab limite le débit des requêtes et demande d&apos;attendre jusqu&apos;à %1 (%n minute). Réessayez à ce moment-là.</numerusform>
            <numerusform>GitLab limite le débit des requêtes et demande d&apos;attendre jusqu&apos;à %1 (%n minutes). Réessayez à ce moment-là.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitLab did not accept the access token (%1). Create a new personal access token with the api and admin_mode scopes and update the instance.</source>
        <translation>GitLab n&apos;a pas accepté le jeton d&apos;accès (%1). Créez un nouveau jeton d&apos;accès personnel avec les portées api et admin_mode, puis mettez à jour l&apos;instance.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The instance to open.</source>
        <translation>L&apos;instance à ouvrir.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read a token for this run only from standard input.</source>
        <translation>Lire un jeton depuis l&apos;entrée standard, pour cette exécution uniquement.</translation>
    </message>
    <message>
        <source>Open the window.</source>
        <translation>Ouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>--token-stdin needs -i NAME: the instance the token is for.</source>
        <translation>--token-stdin nécessite -i NAME : l&apos;instance à laquelle le jeton est destiné.</translation>
    </message>
    <message>
        <source>Standard input is not valid UTF-8: a token must be text.</source>
        <translation>L&apos;entrée standard n&apos;est pas de l&apos;UTF-8 valide : un jeton doit être du texte.</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <source>Skipped: a step it depends on failed.</source>
        <translation>Ignorée : une étape dont elle dépend a échoué.</translation>
    </message>
    <message>
        <source>Skipped: the steps it waits for could not be ordered.</source>
        <translation>Ignorée : les étapes qu&apos;elle attend n&apos;ont pas pu être ordonnées.</translation>
    </message>
    <message>
        <source>The API key entered for this model could not be read from the keychain: %1</source>
        <translation>La clé d&apos;API saisie pour ce modèle n&apos;a pas pu être lue depuis le trousseau : %1</translation>
    </message>
    <message>
        <source>It uses a model that was not created: push that model&apos;s creation first, or choose another model.</source>
        <translation>Elle utilise un modèle qui n&apos;a pas été créé : envoyez d&apos;abord la création de ce modèle, ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>%1
Nothing more was sent.</source>
        <translation>%1
Rien de plus n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1
The changes being sent are kept; push again to check them against the server and finish.</source>
        <translation>%1
Les modifications en cours d&apos;envoi sont conservées ; envoyez à nouveau pour les comparer au serveur et terminer.</translation>
    </message>
    <message>
        <source>GitLab did not answer this step.</source>
        <translation>GitLab n&apos;a pas répondu à cette étape.</translation>
    </message>
    <message>
        <source>Skipped: an earlier step of this change failed.</source>
        <translation>Ignorée : une étape précédente de cette modification a échoué.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>interrupted: checked on the next push</source>
        <translation>interrompue : vérifiée lors du prochain envoi</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>envoyée</translation>
    </message>
</context>
<context>
    <name>ChangeCommands</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>il y a %n seconde</numerusform>
            <numerusform>il y a %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded change %1 (%2 %3).</source>
        <translation>Modification %1 enregistrée (%2 %3).</translation>
    </message>
    <message numerus="yes">
        <source>Plan (%n step(s)); nothing was sent:</source>
        <translation>
            <numerusform>Plan (%n étape) ; rien n&apos;a été envoyé :</numerusform>
            <numerusform>Plan (%n étapes) ; rien n&apos;a été envoyé :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflict with the server and need a decision.</source>
        <translation>
            <numerusform>%n modification est en conflit avec le serveur et nécessite une décision.</numerusform>
            <numerusform>%n modifications sont en conflit avec le serveur et nécessitent une décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>  done    %1</source>
        <translation>  fait    %1</translation>
    </message>
    <message>
        <source>  FAILED  %1: %2</source>
        <translation>  ÉCHEC   %1 : %2</translation>
    </message>
    <message>
        <source>  CONFLICT %1 %2: %3</source>
        <translation>  CONFLIT  %1 %2 : %3</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>Aucune modification en attente.</translation>
    </message>
    <message>
        <source>A push needs the instance; it cannot run with --offline.</source>
        <translation>Un envoi nécessite l&apos;instance ; il ne peut pas s&apos;exécuter avec --offline.</translation>
    </message>
    <message>
        <source>No pending change has an id starting with &apos;%1&apos;. &apos;duo-console changes list&apos; shows them.</source>
        <translation>Aucune modification en attente n&apos;a d&apos;identifiant commençant par « %1 ». &apos;duo-console changes list&apos; les affiche.</translation>
    </message>
    <message>
        <source>Several changes have ids starting with &apos;%1&apos;: give more of the id.</source>
        <translation>Plusieurs modifications ont un identifiant commençant par « %1 » : indiquez une plus grande partie de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Usage: duo-console changes discard -i NAME [ID…|--all]</source>
        <translation>Utilisation : duo-console changes discard -i NAME [ID…|--all]</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>%n modification abandonnée.</numerusform>
            <numerusform>%n modifications abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: duo-console changes resolve -i NAME ID FIELD --keep-mine|--take-server</source>
        <translation>Utilisation : duo-console changes resolve -i NAME ID FIELD --keep-mine|--take-server</translation>
    </message>
    <message>
        <source>Change %1 has no conflict on &apos;%2&apos;. &apos;duo-console changes list&apos; shows the conflicts.</source>
        <translation>La modification %1 n&apos;a pas de conflit sur « %2 ». &apos;duo-console changes list&apos; affiche les conflits.</translation>
    </message>
    <message>
        <source>Keeping your value for %1; push to apply it.</source>
        <translation>Votre valeur pour %1 est conservée ; envoyez-la pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Taking the server&apos;s value for %1.</source>
        <translation>La valeur du serveur est reprise pour %1.</translation>
    </message>
    <message>
        <source>A refresh needs the instance; it cannot run with --offline.</source>
        <translation>Une actualisation nécessite l&apos;instance ; elle ne peut pas s&apos;exécuter avec --offline.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Push it with &apos;duo-console changes push -i %1&apos;.</source>
        <translation>Envoyez-la avec &apos;duo-console changes push -i %1&apos;.</translation>
    </message>
    <message>
        <source>As read from the server %1 (snapshot of %2).</source>
        <translation>Tel que lu sur le serveur %1 (instantané du %2).</translation>
    </message>
    <message>
        <source>Snapshot taken: %1, %2.</source>
        <translation>Instantané pris : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature setting(s)</source>
        <translation>
            <numerusform>%n paramètre de fonctionnalité</numerusform>
            <numerusform>%n paramètres de fonctionnalité</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesTreeModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server → draft</source>
        <translation>Serveur → brouillon</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos;</source>
        <translation>Modèle « %1 »</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>Fonctionnalités natives d&apos;IA</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Attribuer %1</translation>
    </message>
    <message>
        <source>AI gateway and Duo settings</source>
        <translation>Passerelle IA et paramètres Duo</translation>
    </message>
    <message>
        <source>changed on the server too</source>
        <translation>modifié aussi sur le serveur</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Its features</source>
        <translation>Ses fonctionnalités</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(conservée)</translation>
    </message>
    <message>
        <source>(new key, in the keychain)</source>
        <translation>(nouvelle clé, dans le trousseau)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>Model allowlist of %1</source>
        <translation>Liste d&apos;autorisation de modèles de %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>No instance has been added yet. Add one with &apos;duo-console instance add&apos;.</source>
        <translation>Aucune instance n&apos;a encore été ajoutée. Ajoutez-en une avec &apos;duo-console instance add&apos;.</translation>
    </message>
    <message>
        <source>Several instances exist: choose one with -i NAME.</source>
        <translation>Plusieurs instances existent : choisissez-en une avec -i NAME.</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;. &apos;duo-console instance list&apos; shows them.</source>
        <translation>Il n&apos;existe aucune instance nommée « %1 ». &apos;duo-console instance list&apos; les affiche.</translation>
    </message>
    <message>
        <source>-i needs an instance name; &apos;duo-console instance list&apos; shows them.</source>
        <translation>-i nécessite un nom d&apos;instance ; &apos;duo-console instance list&apos; les affiche.</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation>--token-stdin a été indiqué, mais l&apos;entrée standard ne contenait aucun jeton.</translation>
    </message>
    <message>
        <source>No token is stored for &apos;%1&apos;. Store one with &apos;duo-console instance token %1 --token-stdin&apos;.</source>
        <translation>Aucun jeton n&apos;est enregistré pour « %1 ». Enregistrez-en un avec &apos;duo-console instance token %1 --token-stdin&apos;.</translation>
    </message>
    <message>
        <source>To use a token for this run only, pass it with --token-stdin.</source>
        <translation>Pour utiliser un jeton pour cette exécution uniquement, transmettez-le avec --token-stdin.</translation>
    </message>
    <message>
        <source>Standard input is not valid UTF-8: a token or key must be text.</source>
        <translation>L&apos;entrée standard n&apos;est pas de l&apos;UTF-8 valide : un jeton ou une clé doit être du texte.</translation>
    </message>
    <message>
        <source>--refresh reads the server; it cannot run with --offline.</source>
        <translation>--refresh lit le serveur ; il ne peut pas s&apos;exécuter avec --offline.</translation>
    </message>
    <message>
        <source>%1 was never read from the server, and --offline forbids reading it now: run &apos;duo-console refresh -i %1&apos; first.</source>
        <translation>L&apos;instance %1 n&apos;a jamais été lue sur le serveur, et --offline interdit de la lire maintenant : exécutez d&apos;abord &apos;duo-console refresh -i %1&apos;.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Without arguments, duo-console opens its window.</source>
        <translation>Sans argument, duo-console ouvre sa fenêtre.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  succès</translation>
    </message>
    <message>
        <source>  1  failure (the reason is printed on standard error)</source>
        <translation>  1  échec (la raison est affichée sur la sortie d&apos;erreur standard)</translation>
    </message>
    <message>
        <source>  2  usage error</source>
        <translation>  2  erreur d&apos;utilisation</translation>
    </message>
    <message>
        <source>  3  conflicts need a decision</source>
        <translation>  3  des conflits nécessitent une décision</translation>
    </message>
    <message>
        <source>Duo Console: manage GitLab Duo Self-Hosted models, AI-native features and the AI gateway from the desktop or from scripts.</source>
        <translation>Duo Console : gérez les modèles GitLab Duo Self-Hosted, les fonctionnalités natives d&apos;IA et la passerelle IA depuis le bureau ou depuis des scripts.</translation>
    </message>
    <message>
        <source>Run &apos;duo-console --help&apos; for usage.</source>
        <translation>Exécutez &apos;duo-console --help&apos; pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Add a GitLab instance; the token goes to the system keychain.</source>
        <translation>Ajouter une instance GitLab ; le jeton est placé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>List the instances (never their tokens).</source>
        <translation>Lister les instances (jamais leurs jetons).</translation>
    </message>
    <message>
        <source>Remove an instance, its token and its local data.</source>
        <translation>Supprimer une instance, son jeton et ses données locales.</translation>
    </message>
    <message>
        <source>Replace the stored token of an instance.</source>
        <translation>Remplacer le jeton enregistré d&apos;une instance.</translation>
    </message>
    <message>
        <source>Open the window on an instance; with --token-stdin, use a token for this run only, kept in memory.</source>
        <translation>Ouvrir la fenêtre sur une instance ; avec --token-stdin, utiliser un jeton pour cette exécution uniquement, conservé en mémoire.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Record a new self-hosted model, and push it.</source>
        <translation>Enregistrer un nouveau modèle auto-hébergé et l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Record changes to a model (by id or name), and push them.</source>
        <translation>Enregistrer des modifications d&apos;un modèle (par identifiant ou par nom) et les envoyer.</translation>
    </message>
    <message>
        <source>Record the deletion of a model; features it serves are moved to OTHER or disabled first.</source>
        <translation>Enregistrer la suppression d&apos;un modèle ; les fonctionnalités qu&apos;il dessert sont d&apos;abord déplacées vers OTHER ou désactivées.</translation>
    </message>
    <message>
        <source>The changes not yet pushed, with their status.</source>
        <translation>Les modifications pas encore envoyées, avec leur état.</translation>
    </message>
    <message>
        <source>Check the changes against the server and push them in batches; --dry-run prints the plan. Exit code 3: conflicts need a decision.</source>
        <translation>Comparer les modifications au serveur et les envoyer par lots ; --dry-run affiche le plan. Code de sortie 3 : des conflits nécessitent une décision.</translation>
    </message>
    <message>
        <source>Forget changes that were not pushed.</source>
        <translation>Oublier les modifications qui n&apos;ont pas été envoyées.</translation>
    </message>
    <message>
        <source>Take a new snapshot of the server: every model, feature setting and the Duo settings.</source>
        <translation>Prendre un nouvel instantané du serveur : chaque modèle, chaque paramètre de fonctionnalité et les paramètres Duo.</translation>
    </message>
    <message>
        <source>Settle a conflict on one field: keep your value, or take the server&apos;s.</source>
        <translation>Résoudre un conflit sur un champ : garder votre valeur ou prendre celle du serveur.</translation>
    </message>
    <message>
        <source>Change an instance&apos;s name or connection settings, with the same checks as instance add.</source>
        <translation>Modifier le nom ou les paramètres de connexion d&apos;une instance, avec les mêmes vérifications que pour instance add.</translation>
    </message>
    <message>
        <source>The self-hosted models with pending changes applied (* marks them); read from the server when never read before, or with --refresh.</source>
        <translation>Les modèles auto-hébergés, modifications en attente appliquées (marqués d&apos;un *) ; lus sur le serveur s&apos;ils ne l&apos;ont encore jamais été, ou avec --refresh.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8: arguments must be text.</source>
        <translation>L&apos;argument %1 n&apos;est pas de l&apos;UTF-8 valide : les arguments doivent être du texte.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;duo-console %2&apos;. Run &apos;duo-console --help&apos; for usage.</source>
        <translation>--%1 ne s&apos;applique pas à &apos;duo-console %2&apos;. Exécutez &apos;duo-console --help&apos; pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout accepte un nombre de secondes compris entre 1 et 600.</translation>
    </message>
    <message>
        <source>Test a model&apos;s connection from GitLab (its own check) and from this computer (GET /v1/models); exit code 1 when either fails.</source>
        <translation>Tester la connexion d&apos;un modèle depuis GitLab (sa propre vérification) et depuis cet ordinateur (GET /v1/models) ; code de sortie 1 si l&apos;un des deux tests échoue.</translation>
    </message>
    <message>
        <source>The AI-native features the instance lists, by section, and what each uses, with pending changes applied (* marks them); read from the server when never read before, or with --refresh.</source>
        <translation>Les fonctionnalités natives d&apos;IA que liste l&apos;instance, par section, et ce que chacune utilise, modifications en attente appliquées (marquées d&apos;un *) ; lues sur le serveur si elles ne l&apos;ont encore jamais été, ou avec --refresh.</translation>
    </message>
    <message>
        <source>Record what the features use (FEATURE as GitLab names it, such as code_generations; MODEL by id or name), and push it.</source>
        <translation>Enregistrer ce qu&apos;utilisent les fonctionnalités (FEATURE tel que GitLab le nomme, par exemple code_generations ; MODEL par identifiant ou par nom) et l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Record a feature&apos;s GitLab-managed model allowlist (GitLab 19.1 and later), and push it: --enable allows the models REF… (without REF, the list stays as it is) besides the one in use; --disable allows them all.</source>
        <translation>Enregistrer la liste d&apos;autorisation de modèles gérés par GitLab d&apos;une fonctionnalité (GitLab 19.1 et versions ultérieures) et l&apos;envoyer : --enable autorise les modèles REF… (sans REF, la liste reste telle quelle) en plus de celui utilisé ; --disable les autorise tous.</translation>
    </message>
    <message>
        <source>The Duo hosting settings: the AI gateway URL and timeout, the Agent Platform service and its TLS (* marks pending changes); before 17.9, the gitlab.rb lines that set the URL. --check also asks the gateway from this computer and runs GitLab&apos;s own probes; exit code 1 when one fails.</source>
        <translation>Les paramètres d&apos;hébergement Duo : l&apos;URL et le délai d&apos;expiration de la passerelle IA, le service Agent Platform et son TLS (* marque les modifications en attente) ; avant la version 17.9, les lignes de gitlab.rb qui définissent l&apos;URL. --check interroge aussi la passerelle depuis cet ordinateur et exécute les propres vérifications de GitLab ; code de sortie 1 si l&apos;une d&apos;elles échoue.</translation>
    </message>
    <message>
        <source>Record new Duo hosting settings (only those given), and push them.</source>
        <translation>Enregistrer de nouveaux paramètres d&apos;hébergement Duo (uniquement ceux indiqués) et les envoyer.</translation>
    </message>
    <message>
        <source>The license, its history and the subscriptions to come, the Duo add-ons and their seats, and whether self-hosted models are available, with what to do when not.</source>
        <translation>La licence, son historique et les abonnements à venir, les modules complémentaires Duo et leurs sièges, et si les modèles auto-hébergés sont disponibles, avec la marche à suivre dans le cas contraire.</translation>
    </message>
    <message>
        <source>Connect and show the version, user, token, license, Duo add-ons, API shape and whether self-hosted models are allowed; with --check, run the setup check (exit code 1 when an item fails; --all tests every model, not only those features use).</source>
        <translation>Se connecter et afficher la version, l&apos;utilisateur, le jeton, la licence, les modules complémentaires Duo, la variante d&apos;API et si les modèles auto-hébergés sont autorisés ; avec --check, exécuter la vérification de la configuration (code de sortie 1 si un élément échoue ; --all teste chaque modèle, pas seulement ceux qu&apos;utilisent les fonctionnalités).</translation>
    </message>
    <message>
        <source>The instance profile to use.</source>
        <translation>Le profil d&apos;instance à utiliser.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of text.</source>
        <translation>Afficher du JSON lisible par une machine au lieu de texte.</translation>
    </message>
    <message>
        <source>Work on the local snapshot; contact no server.</source>
        <translation>Travailler sur l&apos;instantané local ; ne contacter aucun serveur.</translation>
    </message>
    <message>
        <source>Log what happens on standard error.</source>
        <translation>Journaliser le déroulement sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>The instance&apos;s address (instance add, edit); the AI gateway&apos;s (gateway set).</source>
        <translation>L&apos;adresse de l&apos;instance (instance add, edit) ; celle de la passerelle IA (gateway set).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from standard input.</source>
        <translation>Lire le jeton d&apos;accès depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust as well.</source>
        <translation>Un fichier PEM d&apos;autorités de certification à approuver en plus.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Trust only the system&apos;s certificate authorities.</source>
        <translation>Approuver uniquement les autorités de certification du système.</translation>
    </message>
    <message>
        <source>none, system (the default) or HOST:PORT.</source>
        <translation>none, system (par défaut) ou HOST:PORT.</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>The user name a manual proxy asks for.</source>
        <translation>Le nom d&apos;utilisateur demandé par un proxy manuel.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Read the proxy&apos;s password from standard input (after the token, if --token-stdin); it goes to the system keychain.</source>
        <translation>Lire le mot de passe du proxy depuis l&apos;entrée standard (après le jeton, avec --token-stdin) ; il est placé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (instance add, edit; for one run elsewhere).</source>
        <translation>Nombre de secondes d&apos;attente pour chaque requête (instance add, edit ; pour cette exécution uniquement avec les autres commandes).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Accept a plain http:// URL (the token then travels unencrypted).</source>
        <translation>Accepter une URL http:// en clair (le jeton circule alors sans chiffrement).</translation>
    </message>
    <message>
        <source>A name: a model&apos;s deployment name, an instance&apos;s new name.</source>
        <translation>Un nom : le nom du déploiement d&apos;un modèle, le nouveau nom d&apos;une instance.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Model family, such as MISTRAL or CLAUDE_3.</source>
        <translation>Famille de modèles, par exemple MISTRAL ou CLAUDE_3.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Endpoint of the model server.</source>
        <translation>Point de terminaison du serveur de modèles.</translation>
    </message>
    <message>
        <source>Model identifier, such as custom_openai/model.</source>
        <translation>Identifiant du modèle, par exemple custom_openai/model.</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Where the model runs: api, bedrock or vertex-ai.</source>
        <translation>Où le modèle s&apos;exécute : api, bedrock ou vertex-ai.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Read the model&apos;s API key from standard input (after the token, if --token-stdin).</source>
        <translation>Lire la clé d&apos;API du modèle depuis l&apos;entrée standard (après le jeton, avec --token-stdin).</translation>
    </message>
    <message>
        <source>Record the change only; push it later.</source>
        <translation>Enregistrer uniquement la modification ; l&apos;envoyer plus tard.</translation>
    </message>
    <message>
        <source>Read the server first (models list, features list, gateway show).</source>
        <translation>Lire d&apos;abord le serveur (models list, features list, gateway show).</translation>
    </message>
    <message>
        <source>The self-hosted model the features use, by id or name (features set).</source>
        <translation>Le modèle auto-hébergé qu&apos;utilisent les fonctionnalités, par identifiant ou par nom (features set).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Turn the features off (features set).</source>
        <translation>Désactiver les fonctionnalités (features set).</translation>
    </message>
    <message>
        <source>The features use a GitLab-managed model: GitLab&apos;s default, or --model-ref&apos;s (features set).</source>
        <translation>Les fonctionnalités utilisent un modèle géré par GitLab : celui par défaut de GitLab, ou celui de --model-ref (features set).</translation>
    </message>
    <message>
        <source>The GitLab-managed model, such as claude_sonnet_4_20250514 (features set --vendored).</source>
        <translation>Le modèle géré par GitLab, par exemple claude_sonnet_4_20250514 (features set --vendored).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Turn the model allowlist on, allowing the models named (features allowlist).</source>
        <translation>Activer la liste d&apos;autorisation de modèles, en autorisant les modèles nommés (features allowlist).</translation>
    </message>
    <message>
        <source>Turn the model allowlist off: every model is allowed (features allowlist).</source>
        <translation>Désactiver la liste d&apos;autorisation de modèles : tous les modèles sont autorisés (features allowlist).</translation>
    </message>
    <message>
        <source>The model that takes over a deleted model&apos;s features.</source>
        <translation>Le modèle qui reprend les fonctionnalités d&apos;un modèle supprimé.</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <source>Disable the features a deleted model serves.</source>
        <translation>Désactiver les fonctionnalités que dessert un modèle supprimé.</translation>
    </message>
    <message>
        <source>Check the AI gateway from this computer and run GitLab&apos;s own probes (gateway show); run the whole setup check (status).</source>
        <translation>Vérifier la passerelle IA depuis cet ordinateur et exécuter les propres vérifications de GitLab (gateway show) ; exécuter toute la vérification de la configuration (status).</translation>
    </message>
    <message>
        <source>Seconds GitLab waits for the AI gateway, from 60 to 600 (gateway set; GitLab 18.6 and later).</source>
        <translation>Nombre de secondes pendant lesquelles GitLab attend la passerelle IA, de 60 à 600 (gateway set ; GitLab 18.6 et versions ultérieures).</translation>
    </message>
    <message>
        <source>The Agent Platform service&apos;s host and port, without a scheme (gateway set; GitLab 18.4 and later).</source>
        <translation>L&apos;hôte et le port du service Agent Platform, sans schéma (gateway set ; GitLab 18.4 et versions ultérieures).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>on or off: whether GitLab uses TLS for the Agent Platform service (gateway set; GitLab 19.x).</source>
        <translation>on ou off : indique si GitLab utilise TLS pour le service Agent Platform (gateway set ; GitLab 19.x).</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Print the push plan; send nothing.</source>
        <translation>Afficher le plan d&apos;envoi ; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Stop a push at the first step GitLab refuses.</source>
        <translation>Arrêter un envoi à la première étape refusée par GitLab.</translation>
    </message>
    <message>
        <source>Every pending change (changes discard); every model (status --check).</source>
        <translation>Toutes les modifications en attente (changes discard) ; tous les modèles (status --check).</translation>
    </message>
    <message>
        <source>Settle a conflict with your value (changes resolve).</source>
        <translation>Résoudre un conflit avec votre valeur (changes resolve).</translation>
    </message>
    <message>
        <source>Settle a conflict with the server&apos;s value (changes resolve).</source>
        <translation>Résoudre un conflit avec la valeur du serveur (changes resolve).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[commande]</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Token for this session</source>
        <translation>Jeton pour cette session</translation>
    </message>
    <message>
        <source>Personal access token, kept in memory for this session</source>
        <translation>Jeton d&apos;accès personnel, conservé en mémoire pour cette session</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>Utiliser pour cette session</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Edit instance…</source>
        <translation>Modifier l&apos;instance…</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Modifier l&apos;instance</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workspace %1 is read-only, and it holds changes not yet merged into the file (%1-wal): Duo Console cannot read them safely without write access. Make the file and its folder writable.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule et contient des modifications pas encore intégrées au fichier (%1-wal) : sans accès en écriture, Duo Console ne peut pas les lire de façon sûre. Rendez le fichier et son dossier accessibles en écriture.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only and was written by an older Duo Console: it must be writable once to be brought up to date.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule et a été écrit par une version plus ancienne de Duo Console : il doit être accessible en écriture une fois pour être mis à jour.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>L&apos;espace de travail %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The workspace %1 is empty (0 bytes): it was emptied or cut off outside Duo Console, so its pending changes are lost or elsewhere. It was left as it is; move it aside to start a new workspace.</source>
        <translation>L&apos;espace de travail %1 est vide (0 octet) : il a été vidé ou tronqué en dehors de Duo Console, ses modifications en attente sont donc perdues ou se trouvent ailleurs. Il a été laissé tel quel ; déplacez-le ailleurs pour commencer un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The workspace %1 is not an SQLite database: it was overwritten outside Duo Console. It was left as it is; move it aside to start a new workspace.</source>
        <translation>L&apos;espace de travail %1 n&apos;est pas une base de données SQLite : il a été écrasé en dehors de Duo Console. Il a été laissé tel quel ; déplacez-le ailleurs pour commencer un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The workspace %1 is truncated: it holds %2 bytes of the %3 it should. It was left as it is; restore it from a backup, or move it aside to start a new workspace.</source>
        <translation>L&apos;espace de travail %1 est tronqué : il contient %2 octets sur les %3 attendus. Il a été laissé tel quel ; restaurez-le à partir d&apos;une sauvegarde ou déplacez-le ailleurs pour commencer un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: its folder is not writable.</source>
        <translation>L&apos;espace de travail %1 ne peut pas être créé : son dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be put in place.</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Duo Console (schema %2; this one knows %3). Use the newer version.</source>
        <translation>L&apos;espace de travail %1 a été écrit par une version plus récente de Duo Console (schéma %2 ; cette version connaît le schéma %3). Utilisez la version plus récente.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Duo Console workspace (schema %2, tables: %3). It was left as it is; move it aside to start a new workspace.</source>
        <translation>Le fichier %1 est une base de données SQLite, mais pas un espace de travail Duo Console (schéma %2, tables : %3). Il a été laissé tel quel ; déplacez-le ailleurs pour commencer un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (the file, its folder or its file system cannot be written): nothing can be recorded, discarded or pushed until it is writable. Pending changes can still be listed.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule (impossible d&apos;écrire dans le fichier, son dossier ou son système de fichiers) : rien ne peut être enregistré, abandonné ni envoyé tant qu&apos;il n&apos;est pas accessible en écriture. Les modifications en attente peuvent toujours être listées.</translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full: the change was not saved. Free some space and try again; nothing recorded before was lost.</source>
        <translation>Le disque contenant l&apos;espace de travail %1 est plein : la modification n&apos;a pas été enregistrée. Libérez de l&apos;espace et réessayez ; rien de ce qui avait été enregistré auparavant n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The workspace %1 stayed locked by another Duo Console process (a window or a command) for more than 5 seconds. Try again when it has finished.</source>
        <translation>L&apos;espace de travail %1 est resté verrouillé par un autre processus Duo Console (une fenêtre ou une commande) pendant plus de 5 secondes. Réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite: %2). It was left as it is; restore it from a backup, or move it aside to start a new workspace.</source>
        <translation>L&apos;espace de travail %1 est endommagé (SQLite : %2). Il a été laissé tel quel ; restaurez-le à partir d&apos;une sauvegarde ou déplacez-le ailleurs pour commencer un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The workspace %1 is not an SQLite database. It was left as it is; move it aside to start a new workspace.</source>
        <translation>L&apos;espace de travail %1 n&apos;est pas une base de données SQLite. Il a été laissé tel quel ; déplacez-le ailleurs pour commencer un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read or written: %2</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas pu être lu ou écrit : %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be brought up to date: %2</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas pu être mis à jour : %2</translation>
    </message>
</context>
<context>
    <name>DraftRules</name>
    <message>
        <source>A model named &apos;%1&apos; already exists. Please enter a unique deployment name.</source>
        <translation>Un modèle nommé « %1 » existe déjà. Saisissez un nom de déploiement unique.</translation>
    </message>
    <message>
        <source>There is no model &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun modèle « %1 ».</translation>
    </message>
    <message>
        <source>Choose another existing model to take over the features.</source>
        <translation>Choisissez un autre modèle existant pour reprendre les fonctionnalités.</translation>
    </message>
    <message>
        <source>%1 cannot serve %2: its family is not compatible with that feature.</source>
        <translation>%1 ne peut pas desservir %2 : sa famille n&apos;est pas compatible avec cette fonctionnalité.</translation>
    </message>
    <message>
        <source>%1 still serves %2. Choose a model to take these features over, or disable them.</source>
        <translation>%1 dessert encore %2. Choisissez un modèle qui reprendra ces fonctionnalités, ou désactivez-les.</translation>
    </message>
    <message>
        <source>The provider must be one of: %1.</source>
        <translation>Le fournisseur doit être l&apos;un des suivants : %1.</translation>
    </message>
    <message>
        <source>Choose an existing self-hosted model for these features.</source>
        <translation>Choisissez un modèle auto-hébergé existant pour ces fonctionnalités.</translation>
    </message>
    <message>
        <source>At least one feature is required.</source>
        <translation>Au moins une fonctionnalité est requise.</translation>
    </message>
    <message>
        <source>This instance has no feature %1.</source>
        <translation>Cette instance n&apos;a pas de fonctionnalité %1.</translation>
    </message>
    <message>
        <source>%1 is incompatible with the %2 feature.</source>
        <translation>%1 est incompatible avec la fonctionnalité %2.</translation>
    </message>
    <message>
        <source>This change has no conflict on &apos;%1&apos;.</source>
        <translation>Cette modification n&apos;a pas de conflit sur « %1 ».</translation>
    </message>
    <message>
        <source>GitLab keeps no endpoint for models on %1: leave it out.</source>
        <translation>GitLab n&apos;enregistre pas de point de terminaison pour les modèles sur %1 : omettez-le.</translation>
    </message>
    <message>
        <source>This instance has no model allowlists (GitLab 19.1 and later have them).</source>
        <translation>Cette instance n&apos;a pas de listes d&apos;autorisation de modèles (GitLab 19.1 et versions ultérieures en disposent).</translation>
    </message>
    <message>
        <source>Model allowlists are not supported for the feature &apos;%1&apos;.</source>
        <translation>Les listes d&apos;autorisation de modèles ne sont pas prises en charge pour la fonctionnalité « %1 ».</translation>
    </message>
    <message>
        <source>GitLab offers no model &apos;%1&apos; for this feature&apos;s allowlist. It offers: %2.</source>
        <translation>GitLab ne propose pas de modèle « %1 » pour la liste d&apos;autorisation de cette fonctionnalité. Il propose : %2.</translation>
    </message>
    <message>
        <source>This instance cannot choose a GitLab managed model per feature (GitLab 18.3 and later can).</source>
        <translation>Cette instance ne permet pas de choisir un modèle géré par GitLab pour chaque fonctionnalité (GitLab 18.3 et versions ultérieures le permettent).</translation>
    </message>
    <message>
        <source>GitLab does not offer the model %1 for the %2 feature.</source>
        <translation>GitLab ne propose pas le modèle %1 pour la fonctionnalité %2.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePane</name>
    <message>
        <source>Add instance…</source>
        <translation>Ajouter une instance…</translation>
    </message>
    <message>
        <source>Add a GitLab instance</source>
        <translation>Ajouter une instance GitLab</translation>
    </message>
</context>
<context>
    <name>EndpointProbe</name>
    <message>
        <source>The endpoint is not an http:// or https:// URL.</source>
        <translation>Le point de terminaison n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The name %1 could not be found from this computer.</source>
        <translation>Le nom %1 est introuvable depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the model server running, and on this port?</source>
        <translation>%1 a refusé la connexion : le serveur de modèles est-il en service, et sur ce port ?</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The model server&apos;s certificate was refused: %1</source>
        <translation>Le certificat du serveur de modèles a été refusé : %1</translation>
    </message>
    <message>
        <source>The model server refused the API key (HTTP 401): check the key.</source>
        <translation>Le serveur de modèles a refusé la clé d&apos;API (HTTP 401) : vérifiez la clé.</translation>
    </message>
    <message>
        <source>The model server has no %1 (HTTP 404): check the endpoint&apos;s path; OpenAI-compatible servers answer under /v1.</source>
        <translation>Le serveur de modèles n&apos;a pas de %1 (HTTP 404) : vérifiez le chemin du point de terminaison ; les serveurs compatibles OpenAI répondent sous /v1.</translation>
    </message>
    <message>
        <source>%1 could not be reached from this computer: %2</source>
        <translation>%1 est injoignable depuis cet ordinateur : %2</translation>
    </message>
    <message>
        <source>The model server refused the API key (HTTP %1): check the key.</source>
        <translation>Le serveur de modèles a refusé la clé d&apos;API (HTTP %1) : vérifiez la clé.</translation>
    </message>
    <message>
        <source>The model server answered HTTP %1.</source>
        <translation>Le serveur de modèles a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The model server answered HTTP %1 (a redirect): use the address it redirects to as the endpoint.</source>
        <translation>Le serveur de modèles a répondu HTTP %1 (une redirection) : utilisez comme point de terminaison l&apos;adresse vers laquelle il redirige.</translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models: is it an OpenAI-compatible server?</source>
        <translation>Le serveur a répondu, mais pas avec une liste de modèles : s&apos;agit-il d&apos;un serveur compatible OpenAI ?</translation>
    </message>
    <message>
        <source>Reached from this computer: it serves %1.</source>
        <translation>Joignable depuis cet ordinateur : il sert %1.</translation>
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
        <translation>Général</translation>
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
        <translation>Disponibilité générale</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Code Completion</source>
        <translation>Complétion de code</translation>
    </message>
    <message>
        <source>Code Generation</source>
        <translation>Génération de code</translation>
    </message>
    <message>
        <source>General Chat</source>
        <translation>Chat général</translation>
    </message>
    <message>
        <source>Code Explanation</source>
        <translation>Explication du code</translation>
    </message>
    <message>
        <source>Test Generation</source>
        <translation>Génération de tests</translation>
    </message>
    <message>
        <source>Refactor Code</source>
        <translation>Refactoriser le code</translation>
    </message>
    <message>
        <source>Fix Code</source>
        <translation>Corriger le code</translation>
    </message>
    <message>
        <source>Root Cause Analysis</source>
        <translation>Analyse des causes profondes</translation>
    </message>
    <message>
        <source>Vulnerability Explanation</source>
        <translation>Explication des vulnérabilités</translation>
    </message>
    <message>
        <source>Discussion Summary</source>
        <translation>Résumé de la discussion</translation>
    </message>
    <message>
        <source>Merge Commit Message Generation</source>
        <translation>Génération du message de commit de fusion</translation>
    </message>
    <message>
        <source>Merge Request Summary</source>
        <translation>Résumé de la demande de fusion</translation>
    </message>
    <message>
        <source>Code Review Summary</source>
        <translation>Résumé de la revue de code</translation>
    </message>
    <message>
        <source>Non-Agentic Code Review</source>
        <translation>Revue de code non agentique</translation>
    </message>
    <message>
        <source>GitLab Duo for CLI</source>
        <translation>GitLab Duo pour la CLI</translation>
    </message>
    <message>
        <source>Vulnerability Resolution</source>
        <translation>Résolution des vulnérabilités</translation>
    </message>
    <message>
        <source>Agents &amp; flows</source>
        <translation>Agents et flux</translation>
    </message>
    <message>
        <source>Agentic Chat</source>
        <translation>Chat agentique</translation>
    </message>
    <message>
        <source>Code Review</source>
        <translation>Revue de code</translation>
    </message>
    <message>
        <source>Secret Detection False Positive Detection</source>
        <translation>Détection des faux positifs de la détection des secrets</translation>
    </message>
    <message>
        <source>SAST False Positive Detection</source>
        <translation>Détection des faux positifs SAST</translation>
    </message>
    <message>
        <source>SAST Vulnerability Resolution</source>
        <translation>Résolution des vulnérabilités SAST</translation>
    </message>
    <message>
        <source>Security Review</source>
        <translation>Revue de sécurité</translation>
    </message>
    <message>
        <source>Feature Discovery Search</source>
        <translation>Recherche de découverte des fonctionnalités</translation>
    </message>
    <message>
        <source>Resolve Dependency Bump</source>
        <translation>Résoudre une mise à jour de dépendance</translation>
    </message>
    <message>
        <source>Developer Flow</source>
        <translation>Flux de développement</translation>
    </message>
    <message>
        <source>%1 (new in this GitLab version)</source>
        <translation>%1 (nouveau dans cette version de GitLab)</translation>
    </message>
    <message>
        <source>%1 (Beta)</source>
        <translation>%1 (bêta)</translation>
    </message>
    <message>
        <source>%1 (from the identifier)</source>
        <translation>%1 (déduit de l&apos;identifiant)</translation>
    </message>
    <message>
        <source>All agents, except Agentic Chat</source>
        <translation>Tous les agents, sauf Agentic Chat</translation>
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
        <translation>Liste d&apos;autorisation de modèles activée : %1</translation>
    </message>
    <message>
        <source>Model allowlist off: every GitLab-managed model is allowed.</source>
        <translation>Liste d&apos;autorisation de modèles désactivée : tous les modèles gérés par GitLab sont autorisés.</translation>
    </message>
    <message>
        <source>This instance lists no AI-native features.</source>
        <translation>Cette instance ne liste aucune fonctionnalité native d&apos;IA.</translation>
    </message>
    <message>
        <source>%1 lists no feature %2: &apos;duo-console features list -i %1&apos; shows the features it has.</source>
        <translation>%1 ne liste aucune fonctionnalité %2 : &apos;duo-console features list -i %1&apos; affiche ses fonctionnalités.</translation>
    </message>
    <message>
        <source>This instance cannot choose a GitLab-managed model per feature (GitLab 18.3 and later can): leave out --model-ref to use GitLab&apos;s default.</source>
        <translation>Cette instance ne permet pas de choisir un modèle géré par GitLab pour chaque fonctionnalité (GitLab 18.3 et versions ultérieures le permettent) : omettez --model-ref pour utiliser le modèle par défaut de GitLab.</translation>
    </message>
    <message>
        <source>No self-hosted model has the name or id &apos;%1&apos;: &apos;duo-console models list -i %2&apos; shows them.</source>
        <translation>Aucun modèle auto-hébergé n&apos;a le nom ou l&apos;identifiant « %1 » : &apos;duo-console models list -i %2&apos; les affiche.</translation>
    </message>
    <message>
        <source>Usage: duo-console features set -i NAME FEATURE… (--model MODEL | --disabled | --vendored [--model-ref REF])</source>
        <translation>Utilisation : duo-console features set -i NAME FEATURE… (--model MODEL | --disabled | --vendored [--model-ref REF])</translation>
    </message>
    <message>
        <source>Name at least one feature, such as CODE_GENERATIONS.</source>
        <translation>Indiquez au moins une fonctionnalité, par exemple CODE_GENERATIONS.</translation>
    </message>
    <message>
        <source>Say what the features use: exactly one of --model MODEL, --disabled or --vendored.</source>
        <translation>Indiquez ce qu&apos;utilisent les fonctionnalités : exactement une option parmi --model MODEL, --disabled ou --vendored.</translation>
    </message>
    <message>
        <source>--model-ref names a GitLab-managed model: it goes with --vendored.</source>
        <translation>--model-ref désigne un modèle géré par GitLab : cette option va avec --vendored.</translation>
    </message>
    <message>
        <source>Usage: duo-console features allowlist -i NAME FEATURE (--enable [REF…] | --disable)</source>
        <translation>Utilisation : duo-console features allowlist -i NAME FEATURE (--enable [REF…] | --disable)</translation>
    </message>
    <message>
        <source>--disable takes no model: with the allowlist off, every model is allowed.</source>
        <translation>--disable n&apos;accepte aucun modèle : lorsque la liste d&apos;autorisation est désactivée, tous les modèles sont autorisés.</translation>
    </message>
</context>
<context>
    <name>FeatureDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) set to %1; the change waits in Pending changes.</source>
        <translation>
            <numerusform>%n fonctionnalité définie sur %1 ; la modification attend dans « Modifications en attente ».</numerusform>
            <numerusform>%n fonctionnalités définies sur %1 ; la modification attend dans « Modifications en attente ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorées :</translation>
    </message>
    <message>
        <source>Nothing changes: every feature already uses %1, or cannot.</source>
        <translation>Aucun changement : chaque fonctionnalité utilise déjà %1 ou ne le peut pas.</translation>
    </message>
    <message>
        <source>These features will use %1:</source>
        <translation>Ces fonctionnalités utiliseront %1 :</translation>
    </message>
    <message>
        <source>Left as they are, because the model is incompatible:</source>
        <translation>Laissées telles quelles, car le modèle est incompatible :</translation>
    </message>
    <message>
        <source>Set features</source>
        <translation>Définir les fonctionnalités</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>GitLab managed model</source>
        <translation>Modèle géré par GitLab</translation>
    </message>
    <message>
        <source>By selecting %1, you consent to using a GitLab managed model and sending data to the GitLab AI gateway.</source>
        <translation>En sélectionnant %1, vous consentez à utiliser un modèle géré par GitLab et à envoyer des données à la passerelle IA de GitLab.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
    <message>
        <source>Do not show again</source>
        <translation>Ne plus afficher</translation>
    </message>
    <message>
        <source>Set selected features</source>
        <translation>Définir les fonctionnalités sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>One model for the %n selected feature(s):</source>
        <translation>
            <numerusform>Un seul modèle pour la %n fonctionnalité sélectionnée :</numerusform>
            <numerusform>Un seul modèle pour les %n fonctionnalités sélectionnées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>GitLab managed: %1</source>
        <translation>Géré par GitLab : %1</translation>
    </message>
    <message>
        <source>Model allowlist</source>
        <translation>Liste d&apos;autorisation de modèles</translation>
    </message>
    <message>
        <source>Which GitLab managed models may be chosen for %1. The model chosen now is always allowed.</source>
        <translation>Les modèles gérés par GitLab qui peuvent être choisis pour %1. Le modèle choisi actuellement est toujours autorisé.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Limit the choice to these models</source>
        <translation>Limiter le choix à ces modèles</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Modèles autorisés</translation>
    </message>
</context>
<context>
    <name>FeatureRouting</name>
    <message>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
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
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>a deleted model</source>
        <translation>un modèle supprimé</translation>
    </message>
    <message>
        <source>GitLab managed: %1</source>
        <translation>Géré par GitLab : %1</translation>
    </message>
    <message>
        <source>GitLab AI vendor model</source>
        <translation>Modèle d&apos;un fournisseur d&apos;IA de GitLab</translation>
    </message>
    <message>
        <source>GitLab managed: %1 - Default</source>
        <translation>Géré par GitLab : %1 - Par défaut</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>General Chat&apos;s model, which is unassigned too</source>
        <translation>le modèle de Chat général, lui aussi non attribué</translation>
    </message>
    <message>
        <source>%1 is incompatible with the %2 feature.</source>
        <translation>%1 est incompatible avec la fonctionnalité %2.</translation>
    </message>
    <message>
        <source>Its model no longer exists: choose another one.</source>
        <translation>Son modèle n&apos;existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 Choose a compatible model.</source>
        <translation>%1 Choisissez un modèle compatible.</translation>
    </message>
    <message>
        <source>Unassigned: uses General Chat&apos;s model (%1).</source>
        <translation>Non attribuée : utilise le modèle de Chat général (%1).</translation>
    </message>
    <message>
        <source>Assign a model to enable this feature</source>
        <translation>Attribuez un modèle pour activer cette fonctionnalité</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Modèles auto-hébergés</translation>
    </message>
    <message>
        <source>GitLab managed models</source>
        <translation>Modèles gérés par GitLab</translation>
    </message>
    <message>
        <source>%1 - Default</source>
        <translation>%1 - Par défaut</translation>
    </message>
    <message>
        <source>GitLab Duo Chat</source>
        <translation>GitLab Duo Chat</translation>
    </message>
    <message>
        <source>Other GitLab Duo features</source>
        <translation>Autres fonctionnalités GitLab Duo</translation>
    </message>
    <message>
        <source>Code Suggestions</source>
        <translation>Suggestions de code</translation>
    </message>
    <message>
        <source>GitLab Duo for merge requests</source>
        <translation>GitLab Duo pour les demandes de fusion</translation>
    </message>
    <message>
        <source>GitLab Duo for issues</source>
        <translation>GitLab Duo pour les tickets</translation>
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
        <translation>Appliquer à la section…</translation>
    </message>
    <message>
        <source>Apply the selected feature&apos;s model to all its section&apos;s features</source>
        <translation>Appliquer le modèle de la fonctionnalité sélectionnée à toutes les fonctionnalités de sa section</translation>
    </message>
    <message>
        <source>Set selected…</source>
        <translation>Définir la sélection…</translation>
    </message>
    <message>
        <source>Set one model for the selected features</source>
        <translation>Définir un même modèle pour les fonctionnalités sélectionnées</translation>
    </message>
    <message>
        <source>Model allowlist…</source>
        <translation>Liste d&apos;autorisation de modèles…</translation>
    </message>
    <message>
        <source>Edit the selected feature&apos;s model allowlist</source>
        <translation>Modifier la liste d&apos;autorisation de modèles de la fonctionnalité sélectionnée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the feature settings from GitLab again</source>
        <translation>Relire les paramètres des fonctionnalités depuis GitLab</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>Fonctionnalités natives d&apos;IA</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Select the model for the feature</source>
        <translation>Sélectionner le modèle de la fonctionnalité</translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation>Colonnes des fonctionnalités</translation>
    </message>
    <message>
        <source>Reading the feature settings from GitLab…</source>
        <translation>Lecture des paramètres des fonctionnalités depuis GitLab…</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>En attente (%1)</translation>
    </message>
    <message>
        <source>Allowlist on</source>
        <translation>Liste d&apos;autorisation activée</translation>
    </message>
    <message>
        <source>Model for %1</source>
        <translation>Modèle pour %1</translation>
    </message>
    <message>
        <source>Compatible models</source>
        <translation>Modèles compatibles</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>The allowlist change waits in Pending changes.</source>
        <translation>La modification de la liste d&apos;autorisation attend dans « Modifications en attente ».</translation>
    </message>
    <message>
        <source>Loading the feature settings…</source>
        <translation>Chargement des paramètres des fonctionnalités…</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its features.</source>
        <translation>Jamais lu depuis GitLab : connectez-vous à l&apos;instance pour voir ses fonctionnalités.</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Choices wait in Pending changes.</source>
        <translation>Hors ligne : tel que lu depuis GitLab le %1. Les choix attendent dans « Modifications en attente ».</translation>
    </message>
    <message>
        <source>This GitLab lists no AI-native features (GitLab 17.4 and later do).</source>
        <translation>Ce GitLab ne liste aucune fonctionnalité native d&apos;IA (GitLab 17.4 et versions ultérieures le font).</translation>
    </message>
    <message>
        <source>No self-hosted model is configured. Add one under Self-hosted models to route features to it.</source>
        <translation>Aucun modèle auto-hébergé n&apos;est configuré. Ajoutez-en un dans « Modèles auto-hébergés » pour y diriger des fonctionnalités.</translation>
    </message>
    <message>
        <source>More features are available in beta. Turn on AI-native beta features in GitLab (Admin &gt; GitLab Duo &gt; Change configuration) to see them.</source>
        <translation>D&apos;autres fonctionnalités sont disponibles en bêta. Activez les fonctionnalités bêta natives d&apos;IA dans GitLab (Admin &gt; GitLab Duo &gt; Change configuration) pour les voir.</translation>
    </message>
    <message>
        <source>Select one feature: its model is applied to its whole section.</source>
        <translation>Sélectionnez une seule fonctionnalité : son modèle est appliqué à toute sa section.</translation>
    </message>
    <message>
        <source>Apply to all %1 sub-features</source>
        <translation>Appliquer à toutes les sous-fonctionnalités de %1</translation>
    </message>
    <message>
        <source>Assign a model to %1 before applying to all</source>
        <translation>Attribuez un modèle à %1 avant de l&apos;appliquer à toute la section</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>%1 contains a control character (U+%2) at position %3: remove it.</source>
        <translation>%1 contient un caractère de contrôle (U+%2) à la position %3 : supprimez-le.</translation>
    </message>
    <message>
        <source>The deployment name</source>
        <translation>Le nom du déploiement</translation>
    </message>
    <message>
        <source>The endpoint</source>
        <translation>Le point de terminaison</translation>
    </message>
    <message>
        <source>The model identifier</source>
        <translation>L&apos;identifiant du modèle</translation>
    </message>
    <message>
        <source>The model family</source>
        <translation>La famille de modèles</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>La plateforme</translation>
    </message>
    <message>
        <source>Please enter a deployment name.</source>
        <translation>Saisissez un nom de déploiement.</translation>
    </message>
    <message>
        <source>The deployment name is longer than %1 characters.</source>
        <translation>Le nom du déploiement dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Please select a model.</source>
        <translation>Sélectionnez un modèle.</translation>
    </message>
    <message>
        <source>This instance does not accept the model family %1. It accepts: %2.</source>
        <translation>Cette instance n&apos;accepte pas la famille de modèles %1. Elle accepte : %2.</translation>
    </message>
    <message>
        <source>This instance does not accept the platform %1. It accepts: %2.</source>
        <translation>Cette instance n&apos;accepte pas la plateforme %1. Elle accepte : %2.</translation>
    </message>
    <message>
        <source>The endpoint is longer than %1 characters.</source>
        <translation>Le point de terminaison dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Please enter an endpoint.</source>
        <translation>Saisissez un point de terminaison.</translation>
    </message>
    <message>
        <source>Endpoint must be a valid URL: an http:// or https:// address, such as https://models.example.com:8000/v1.</source>
        <translation>Le point de terminaison doit être une URL valide : une adresse http:// ou https://, par exemple https://models.example.com:8000/v1.</translation>
    </message>
    <message>
        <source>Model identifier must be less than %1 characters.</source>
        <translation>L&apos;identifiant du modèle doit comporter moins de %1 caractères.</translation>
    </message>
    <message>
        <source>Model identifier must start with &quot;bedrock/&quot;.</source>
        <translation>L&apos;identifiant du modèle doit commencer par « bedrock/ ».</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>La clé d&apos;API est vide.</translation>
    </message>
    <message>
        <source>The API key is %1 characters long; Duo Console accepts at most %2. Check that the right text was given.</source>
        <translation>La clé d&apos;API comporte %1 caractères ; Duo Console en accepte au plus %2. Vérifiez que le bon texte a été fourni.</translation>
    </message>
    <message>
        <source>The API key</source>
        <translation>La clé d&apos;API</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>Le jeton d&apos;accès est vide.</translation>
    </message>
    <message>
        <source>The access token is %1 characters long; GitLab&apos;s tokens are far shorter (at most %2 are accepted). Check that the right text was given.</source>
        <translation>Le jeton d&apos;accès comporte %1 caractères ; les jetons de GitLab sont bien plus courts (%2 au plus sont acceptés). Vérifiez que le bon texte a été fourni.</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The AI gateway timeout must be between 60 and 600 seconds.</source>
        <translation>Le délai d&apos;expiration de la passerelle IA doit être compris entre 60 et 600 secondes.</translation>
    </message>
    <message>
        <source>The AI gateway URL</source>
        <translation>L&apos;URL de la passerelle IA</translation>
    </message>
    <message>
        <source>The AI gateway URL is longer than %1 characters.</source>
        <translation>L&apos;URL de la passerelle IA dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The AI gateway URL must be an http:// or https:// URL.</source>
        <translation>L&apos;URL de la passerelle IA doit être une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The Agent Platform service URL</source>
        <translation>L&apos;URL du service Agent Platform</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is longer than %1 characters.</source>
        <translation>L&apos;URL du service Agent Platform dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is a host and port, such as agent-platform.example.com:50052, without http:// or https://.</source>
        <translation>L&apos;URL du service Agent Platform se compose d&apos;un hôte et d&apos;un port, par exemple agent-platform.example.com:50052, sans http:// ni https://.</translation>
    </message>
    <message>
        <source>The proxy user may not contain a colon.</source>
        <translation>L&apos;utilisateur du proxy ne doit pas contenir de deux-points.</translation>
    </message>
    <message>
        <source>The proxy user and password may only hold Latin-1 characters (&quot;%1&quot; is not): proxies receive them in that encoding.</source>
        <translation>L&apos;utilisateur et le mot de passe du proxy ne peuvent contenir que des caractères Latin-1 (« %1 » n&apos;en est pas un) : les proxys les reçoivent dans cet encodage.</translation>
    </message>
    <message>
        <source>The proxy user and password may be at most %1 characters long.</source>
        <translation>L&apos;utilisateur et le mot de passe du proxy ne peuvent pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>The proxy user</source>
        <translation>L&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>The proxy password</source>
        <translation>Le mot de passe du proxy</translation>
    </message>
</context>
<context>
    <name>GatewayChecks</name>
    <message>
        <source>GitLab returned no probe results to this token: it needs an administrator.</source>
        <translation>GitLab n&apos;a renvoyé aucun résultat de vérification à ce jeton : il faut un administrateur.</translation>
    </message>
</context>
<context>
    <name>GatewayCommands</name>
    <message>
        <source>From this computer:</source>
        <translation>Depuis cet ordinateur :</translation>
    </message>
    <message>
        <source>  No AI gateway URL is set: there is nothing to check.</source>
        <translation>  Aucune URL de passerelle IA n&apos;est définie : il n&apos;y a rien à vérifier.</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>  %1  health  %2%3</source>
        <translation>  %1  état  %2%3</translation>
    </message>
    <message>
        <source>ok    </source>
        <translation>ok    </translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC </translation>
    </message>
    <message>
        <source>  %1  %2 via %3: %4%5</source>
        <translation>  %1  %2 via %3 : %4%5</translation>
    </message>
    <message>
        <source>From GitLab:</source>
        <translation>Depuis GitLab :</translation>
    </message>
    <message>
        <source>  FAILED  %1</source>
        <translation>  ÉCHEC   %1</translation>
    </message>
    <message>
        <source>  %1  %2: %3</source>
        <translation>  %1  %2 : %3</translation>
    </message>
    <message>
        <source>  GitLab ran no probes.</source>
        <translation>  GitLab n&apos;a exécuté aucune vérification.</translation>
    </message>
    <message>
        <source>  Agent Platform functional check: %1%2</source>
        <translation>  Vérification fonctionnelle de l&apos;Agent Platform : %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for the AI gateway URL: it reads the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>Ce GitLab (antérieur à 17.9) n&apos;a pas d&apos;API pour l&apos;URL de la passerelle IA : il lit la variable d&apos;environnement AI_GATEWAY_URL. Ajoutez ceci à /etc/gitlab/gitlab.rb sur le serveur GitLab, puis reconfigurez :</translation>
    </message>
    <message>
        <source>GitLab sent no Duo settings to this token (an administrator&apos;s token reads them).</source>
        <translation>GitLab n&apos;a envoyé aucun paramètre Duo à ce jeton (le jeton d&apos;un administrateur permet de les lire).</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>URL de la passerelle IA</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>Délai de la passerelle IA</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>not set (GitLab&apos;s default, 60 seconds)</source>
        <translation>non défini (valeur par défaut de GitLab : 60 secondes)</translation>
    </message>
    <message>
        <source>Agent Platform service</source>
        <translation>Service Agent Platform</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>TLS de l&apos;Agent Platform</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>* A change not yet pushed: push it with &apos;duo-console changes push -i %1&apos;.</source>
        <translation>* Modification pas encore envoyée : envoyez-la avec &apos;duo-console changes push -i %1&apos;.</translation>
    </message>
    <message>
        <source>From this computer: GitLab does not tell the AI gateway URL before 17.9, so it cannot be checked from here.</source>
        <translation>Depuis cet ordinateur : GitLab n&apos;indique pas l&apos;URL de la passerelle IA avant la version 17.9 ; elle ne peut donc pas être vérifiée d&apos;ici.</translation>
    </message>
    <message>
        <source>--check asks the gateway and GitLab; it cannot run with --offline.</source>
        <translation>--check interroge la passerelle et GitLab ; il ne peut pas s&apos;exécuter avec --offline.</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for its Duo hosting settings: it reads the AI gateway URL from the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>Ce GitLab (antérieur à 17.9) n&apos;a pas d&apos;API pour ses paramètres d&apos;hébergement Duo : il lit l&apos;URL de la passerelle IA dans la variable d&apos;environnement AI_GATEWAY_URL. Ajoutez ceci à /etc/gitlab/gitlab.rb sur le serveur GitLab, puis reconfigurez :</translation>
    </message>
    <message>
        <source>This instance has no AI gateway timeout setting (GitLab 18.6 and later have it): leave out --gateway-timeout.</source>
        <translation>Cette instance n&apos;a pas de paramètre de délai d&apos;expiration de la passerelle IA (GitLab 18.6 et versions ultérieures en disposent) : omettez --gateway-timeout.</translation>
    </message>
    <message>
        <source>This instance has no Agent Platform service URL setting (GitLab 18.4 and later have it): leave out --agent-platform-url.</source>
        <translation>Cette instance n&apos;a pas de paramètre d&apos;URL du service Agent Platform (GitLab 18.4 et versions ultérieures en disposent) : omettez --agent-platform-url.</translation>
    </message>
    <message>
        <source>This instance has no setting for the Agent Platform service&apos;s TLS (GitLab 19.x has it): leave out --agent-platform-tls. Before 19.x, set DUO_AGENT_PLATFORM_SERVICE_SECURE=false in gitlab_rails[&apos;env&apos;] in gitlab.rb to turn TLS off.</source>
        <translation>Cette instance n&apos;a pas de paramètre pour le TLS du service Agent Platform (GitLab 19.x en dispose) : omettez --agent-platform-tls. Avant 19.x, définissez DUO_AGENT_PLATFORM_SERVICE_SECURE=false dans gitlab_rails[&apos;env&apos;] dans gitlab.rb pour désactiver TLS.</translation>
    </message>
    <message>
        <source>Usage: duo-console gateway set -i NAME [--url URL] [--gateway-timeout SECONDS] [--agent-platform-url HOST:PORT] [--agent-platform-tls on|off]</source>
        <translation>Utilisation : duo-console gateway set -i NAME [--url URL] [--gateway-timeout SECONDS] [--agent-platform-url HOST:PORT] [--agent-platform-tls on|off]</translation>
    </message>
    <message>
        <source>gateway set takes no argument besides its options.</source>
        <translation>gateway set n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>Say what to set: at least one of --url, --gateway-timeout, --agent-platform-url or --agent-platform-tls.</source>
        <translation>Indiquez ce qu&apos;il faut définir : au moins une option parmi --url, --gateway-timeout, --agent-platform-url ou --agent-platform-tls.</translation>
    </message>
    <message>
        <source>--gateway-timeout takes a whole number of seconds, from 60 to 600.</source>
        <translation>--gateway-timeout accepte un nombre entier de secondes, de 60 à 600.</translation>
    </message>
    <message>
        <source>--agent-platform-tls takes on or off.</source>
        <translation>--agent-platform-tls accepte on ou off.</translation>
    </message>
</context>
<context>
    <name>GatewayPane</name>
    <message>
        <source>Run the setup check…</source>
        <translation>Lancer la vérification de la configuration…</translation>
    </message>
    <message>
        <source>Check every link from GitLab to the self-hosted models</source>
        <translation>Vérifier chaque maillon entre GitLab et les modèles auto-hébergés</translation>
    </message>
    <message>
        <source>Settings reset by an upgrade</source>
        <translation>Paramètres réinitialisés par une mise à niveau</translation>
    </message>
    <message>
        <source>Restore the earlier values</source>
        <translation>Restaurer les valeurs précédentes</translation>
    </message>
    <message>
        <source>Restore the settings the upgrade reset</source>
        <translation>Restaurer les paramètres réinitialisés par la mise à niveau</translation>
    </message>
    <message>
        <source>Local AI gateway</source>
        <translation>Passerelle IA locale</translation>
    </message>
    <message>
        <source>Local AI gateway URL</source>
        <translation>URL de la passerelle IA locale</translation>
    </message>
    <message>
        <source>AI gateway request timeout</source>
        <translation>Délai d&apos;expiration des requêtes de la passerelle IA</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Local URL for the GitLab Duo Agent Platform service</source>
        <translation>URL locale du service GitLab Duo Agent Platform</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>URL du service Agent Platform</translation>
    </message>
    <message>
        <source>Use TLS for the GitLab Duo Agent Platform service</source>
        <translation>Utiliser TLS pour le service GitLab Duo Agent Platform</translation>
    </message>
    <message>
        <source>Turn off only if your local service endpoint does not support TLS.</source>
        <translation>Ne désactivez cette option que si le point de terminaison de votre service local ne prend pas en charge TLS.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save the gateway settings as a pending change</source>
        <translation>Enregistrer les paramètres de la passerelle comme modification en attente</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Put back the values in effect</source>
        <translation>Remettre les valeurs en vigueur</translation>
    </message>
    <message>
        <source>Set the AI gateway URL in gitlab.rb</source>
        <translation>Définir l&apos;URL de la passerelle IA dans gitlab.rb</translation>
    </message>
    <message>
        <source>This GitLab (before 17.9) has no API for the AI gateway URL: it reads the AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:</source>
        <translation>Ce GitLab (antérieur à 17.9) n&apos;a pas d&apos;API pour l&apos;URL de la passerelle IA : il lit la variable d&apos;environnement AI_GATEWAY_URL. Ajoutez ceci à /etc/gitlab/gitlab.rb sur le serveur GitLab, puis reconfigurez :</translation>
    </message>
    <message>
        <source>gitlab.rb snippet</source>
        <translation>Extrait de gitlab.rb</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the snippet</source>
        <translation>Copier l&apos;extrait</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>Depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Check the gateway</source>
        <translation>Vérifier la passerelle</translation>
    </message>
    <message>
        <source>Check the gateway from this computer</source>
        <translation>Vérifier la passerelle depuis cet ordinateur</translation>
    </message>
    <message>
        <source>From GitLab</source>
        <translation>Depuis GitLab</translation>
    </message>
    <message>
        <source>Run GitLab&apos;s probes</source>
        <translation>Exécuter les vérifications de GitLab</translation>
    </message>
    <message>
        <source>Ask GitLab for its own probes</source>
        <translation>Demander à GitLab ses propres vérifications</translation>
    </message>
    <message>
        <source>Group or project for the functional check</source>
        <translation>Groupe ou projet pour la vérification fonctionnelle</translation>
    </message>
    <message>
        <source>group/project with GitLab Duo on</source>
        <translation>groupe/projet avec GitLab Duo activé</translation>
    </message>
    <message>
        <source>Run the Agent Platform check</source>
        <translation>Exécuter la vérification de l&apos;Agent Platform</translation>
    </message>
    <message>
        <source>Run the Agent Platform functional check</source>
        <translation>Exécuter la vérification fonctionnelle de l&apos;Agent Platform</translation>
    </message>
    <message>
        <source>GitLab went from %1 to %2, and these settings are back at GitLab&apos;s defaults:
%3
Restoring them records a change to review and push.</source>
        <translation>GitLab est passé de %1 à %2, et ces paramètres ont repris les valeurs par défaut de GitLab :
%3
Les restaurer enregistre une modification à vérifier et à envoyer.</translation>
    </message>
    <message>
        <source>The earlier values wait in Pending changes: push them to restore them.</source>
        <translation>Les valeurs précédentes attendent dans « Modifications en attente » : envoyez-les pour les restaurer.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Saved as a pending change: push it from Pending changes.</source>
        <translation>Enregistré comme modification en attente : envoyez-la depuis « Modifications en attente ».</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its gateway settings.</source>
        <translation>Jamais lu depuis GitLab : connectez-vous à l&apos;instance pour voir ses paramètres de passerelle.</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Edits wait in Pending changes.</source>
        <translation>Hors ligne : tel que lu depuis GitLab le %1. Les modifications attendent dans « Modifications en attente ».</translation>
    </message>
    <message>
        <source>These settings have a pending change: push it from Pending changes.</source>
        <translation>Ces paramètres ont une modification en attente : envoyez-la depuis « Modifications en attente ».</translation>
    </message>
    <message>
        <source>This GitLab has no Agent Platform service settings (GitLab 18.4 and later have them).</source>
        <translation>Ce GitLab n&apos;a pas de paramètres pour le service Agent Platform (GitLab 18.4 et versions ultérieures en disposent).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1 Health (%2): %3</source>
        <translation>%1 État (%2) : %3</translation>
    </message>
    <message>
        <source>    connect started %1, TLS done %2, first byte %3, total %4</source>
        <translation>    début de la connexion %1, TLS terminé %2, premier octet %3, total %4</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5</source>
        <translation>%1 %2 %3 (%4) : %5</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Agent Platform service</source>
        <translation>Service Agent Platform</translation>
    </message>
    <message>
        <source>Asking GitLab…</source>
        <translation>Interrogation de GitLab…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Agent Platform functional check: %1%2</source>
        <translation>Vérification fonctionnelle de l&apos;Agent Platform : %1%2</translation>
    </message>
    <message>
        <source>Agent Platform functional check: not available on this instance.</source>
        <translation>Vérification fonctionnelle de l&apos;Agent Platform : non disponible sur cette instance.</translation>
    </message>
    <message>
        <source>The Agent Platform functional check started: run GitLab&apos;s probes again to see its state.</source>
        <translation>La vérification fonctionnelle de l&apos;Agent Platform a démarré : exécutez à nouveau les vérifications de GitLab pour voir son état.</translation>
    </message>
</context>
<context>
    <name>GatewayProbe</name>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>proxy %1:%2</source>
        <translation>proxy %1:%2</translation>
    </message>
    <message>
        <source>direct (no system proxy)</source>
        <translation>direct (aucun proxy système)</translation>
    </message>
    <message>
        <source>system proxy %1:%2</source>
        <translation>proxy système %1:%2</translation>
    </message>
    <message>
        <source>The AI gateway URL is not an http:// or https:// URL.</source>
        <translation>L&apos;URL de la passerelle IA n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>No AI gateway URL is set: GitLab does not know where its gateway is.</source>
        <translation>Aucune URL de passerelle IA n&apos;est définie : GitLab ne sait pas où se trouve sa passerelle.</translation>
    </message>
    <message>
        <source>The Agent Platform service URL is not a host and port, such as agent-platform.example.com:50052.</source>
        <translation>L&apos;URL du service Agent Platform n&apos;est pas un hôte et un port, par exemple agent-platform.example.com:50052.</translation>
    </message>
    <message>
        <source>Healthy: %1 answered 200.</source>
        <translation>Opérationnelle : %1 a répondu 200.</translation>
    </message>
    <message>
        <source>Unhealthy: the gateway answered HTTP %1 to %2.</source>
        <translation>Défaillante : la passerelle a répondu HTTP %1 à %2.</translation>
    </message>
    <message>
        <source>Unreachable from here: the gateway&apos;s certificate was refused (%1). Add its CA file to the instance profile if it is yours.</source>
        <translation>Injoignable d&apos;ici : le certificat de la passerelle a été refusé (%1). Ajoutez son fichier CA au profil de l&apos;instance s&apos;il vous appartient.</translation>
    </message>
    <message>
        <source>Unreachable from here: %1 did not answer in time.</source>
        <translation>Injoignable d&apos;ici : %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Unreachable from here: %1</source>
        <translation>Injoignable d&apos;ici : %1</translation>
    </message>
    <message>
        <source>Reached %1 (TCP; no TLS).</source>
        <translation>%1 est joignable (TCP ; sans TLS).</translation>
    </message>
    <message>
        <source>Reached %1; its certificate (%2) is trusted.</source>
        <translation>%1 est joignable ; son certificat (%2) est approuvé.</translation>
    </message>
    <message>
        <source>Unreachable from here: %1 refused the connection.</source>
        <translation>Injoignable d&apos;ici : %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>Unreachable from here: the name in %1 could not be found.</source>
        <translation>Injoignable d&apos;ici : le nom dans %1 est introuvable.</translation>
    </message>
</context>
<context>
    <name>GitLabMessages</name>
    <message>
        <source>Please enter a unique deployment name.</source>
        <translation>Saisissez un nom de déploiement unique.</translation>
    </message>
    <message>
        <source>Please add a valid endpoint. GitLab said: %1</source>
        <translation>Ajoutez un point de terminaison valide. GitLab a indiqué : %1</translation>
    </message>
    <message>
        <source>Successfully connected to the self-hosted model</source>
        <translation>Connexion au modèle auto-hébergé réussie</translation>
    </message>
    <message>
        <source>AI Gateway could not connect to the model endpoint. Verify the model endpoint URL is correct and reachable from the AI Gateway, and that any firewall or proxy is not blocking the connection.</source>
        <translation>La passerelle IA n&apos;a pas pu se connecter au point de terminaison du modèle. Vérifiez que l&apos;URL du point de terminaison est correcte et accessible depuis la passerelle IA, et qu&apos;aucun pare-feu ni proxy ne bloque la connexion.</translation>
    </message>
    <message>
        <source>You have not configured your local AI gateway URL. Configure the URL in the GitLab Duo configuration settings.</source>
        <translation>Vous n&apos;avez pas configuré l&apos;URL de votre passerelle IA locale. Configurez-la dans les paramètres de configuration de GitLab Duo.</translation>
    </message>
    <message>
        <source>ERROR: Unknown error. Make sure your self-hosted model is running and that your AI Gateway URL is configured correctly.</source>
        <translation>ERREUR : erreur inconnue. Vérifiez que votre modèle auto-hébergé fonctionne et que l&apos;URL de votre passerelle IA est correctement configurée.</translation>
    </message>
    <message>
        <source>Verification check timed out.</source>
        <translation>La vérification a dépassé le délai imparti.</translation>
    </message>
    <message>
        <source>Duo not enabled for namespace</source>
        <translation>Duo n&apos;est pas activé pour cet espace de noms</translation>
    </message>
</context>
<context>
    <name>InstanceCapabilities</name>
    <message>
        <source>GitLab does not treat %1 as an administrator with this token: either the account is not an administrator, or Admin Mode is on and the token lacks the admin_mode scope.</source>
        <translation>Avec ce jeton, GitLab ne considère pas %1 comme un administrateur : soit le compte n&apos;est pas administrateur, soit l&apos;Admin Mode est activé et il manque au jeton la portée admin_mode.</translation>
    </message>
    <message>
        <source>%1 is not an administrator: Duo Console needs an administrator&apos;s token.</source>
        <translation>%1 n&apos;est pas administrateur : Duo Console nécessite le jeton d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>The token lacks the api scope: nothing can be changed with it. Create a token with the api and admin_mode scopes.</source>
        <translation>Il manque au jeton la portée api : il ne permet de rien modifier. Créez un jeton avec les portées api et admin_mode.</translation>
    </message>
    <message>
        <source>The token lacks the admin_mode scope: when Admin Mode is on, GitLab refuses administrator requests made with it.</source>
        <translation>Il manque au jeton la portée admin_mode : lorsque l&apos;Admin Mode est activé, GitLab refuse les requêtes d&apos;administration effectuées avec ce jeton.</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>Le jeton a expiré le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Le jeton expire dans %n jour, le %1.</numerusform>
            <numerusform>Le jeton expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators can manage self-hosted models, and GitLab does not treat %1 as one with this token.</source>
        <translation>Seuls les administrateurs peuvent gérer les modèles auto-hébergés, et avec ce jeton, GitLab ne considère pas %1 comme un administrateur.</translation>
    </message>
    <message>
        <source>GitLab.com does not offer self-hosted models.</source>
        <translation>GitLab.com ne propose pas de modèles auto-hébergés.</translation>
    </message>
    <message>
        <source>GitLab does not let this token manage self-hosted models: the license may lack the feature, or Amazon Q may be connected.</source>
        <translation>GitLab n&apos;autorise pas ce jeton à gérer les modèles auto-hébergés : la licence n&apos;inclut peut-être pas cette fonctionnalité, ou Amazon Q est peut-être connecté.</translation>
    </message>
    <message>
        <source>Use a personal access token of an administrator, with the api and admin_mode scopes.</source>
        <translation>Utilisez le jeton d&apos;accès personnel d&apos;un administrateur, avec les portées api et admin_mode.</translation>
    </message>
    <message>
        <source>Self-hosted models are for GitLab Self-Managed and GitLab Dedicated instances.</source>
        <translation>Les modèles auto-hébergés sont destinés aux instances GitLab Self-Managed et GitLab Dedicated.</translation>
    </message>
    <message>
        <source>Buy the GitLab Duo Enterprise add-on (or GitLab Duo Agent Platform Self-Hosted). %1</source>
        <translation>Achetez le module complémentaire GitLab Duo Enterprise (ou GitLab Duo Agent Platform Self-Hosted). %1</translation>
    </message>
    <message>
        <source>Check on the Subscription page in GitLab&apos;s Admin area that the license includes GitLab Duo Self-Hosted, and that GitLab Duo with Amazon Q is not connected.</source>
        <translation>Vérifiez sur la page d&apos;abonnement de la zone d&apos;administration de GitLab que la licence inclut GitLab Duo Self-Hosted et que GitLab Duo with Amazon Q n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>This instance has no active GitLab Duo Enterprise add-on (nor GitLab Duo Agent Platform Self-Hosted).</source>
        <translation>Cette instance n&apos;a aucun module complémentaire GitLab Duo Enterprise actif (ni GitLab Duo Agent Platform Self-Hosted).</translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message>
        <source>--url needs the instance&apos;s address, such as https://gitlab.example.com.</source>
        <translation>--url nécessite l&apos;adresse de l&apos;instance, par exemple https://gitlab.example.com.</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which sends the token unencrypted. Use https://, or add --allow-http to confirm.</source>
        <translation>%1 utilise http:// en clair, ce qui envoie le jeton sans chiffrement. Utilisez https:// ou ajoutez --allow-http pour confirmer.</translation>
    </message>
    <message>
        <source>--proxy takes none, system or HOST:PORT.</source>
        <translation>--proxy accepte none, system ou HOST:PORT.</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation>--token-stdin a été indiqué, mais l&apos;entrée standard ne contenait aucun jeton.</translation>
    </message>
    <message>
        <source>Added instance &apos;%1&apos; (%2).</source>
        <translation>Instance « %1 » ajoutée (%2).</translation>
    </message>
    <message>
        <source>No token is stored yet: give one with &apos;duo-console instance token %1 --token-stdin&apos;.</source>
        <translation>Aucun jeton n&apos;est encore enregistré : fournissez-en un avec &apos;duo-console instance token %1 --token-stdin&apos;.</translation>
    </message>
    <message>
        <source>Usage: duo-console instance token NAME --token-stdin</source>
        <translation>Utilisation : duo-console instance token NAME --token-stdin</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucune instance nommée « %1 ».</translation>
    </message>
    <message>
        <source>Stored a new token for &apos;%1&apos;.</source>
        <translation>Nouveau jeton enregistré pour « %1 ».</translation>
    </message>
    <message>
        <source>No instances. Add one with &apos;duo-console instance add NAME --url URL --token-stdin&apos;.</source>
        <translation>Aucune instance. Ajoutez-en une avec &apos;duo-console instance add NAME --url URL --token-stdin&apos;.</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>proxy : %1</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>fichier CA : %1</translation>
    </message>
    <message>
        <source>Usage: duo-console instance remove NAME</source>
        <translation>Utilisation : duo-console instance remove NAME</translation>
    </message>
    <message>
        <source>Removed instance &apos;%1&apos; and its token.</source>
        <translation>Instance « %1 » et son jeton supprimés.</translation>
    </message>
    <message>
        <source>--ca-file and --no-ca-file exclude each other.</source>
        <translation>--ca-file et --no-ca-file s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>Saved instance &apos;%1&apos; (%2).</source>
        <translation>Instance « %1 » enregistrée (%2).</translation>
    </message>
    <message>
        <source>--proxy-user and --proxy-password-stdin need a manual proxy: --proxy HOST:PORT.</source>
        <translation>--proxy-user et --proxy-password-stdin nécessitent un proxy manuel : --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--proxy-password-stdin was given, but standard input held no password.</source>
        <translation>--proxy-password-stdin a été indiqué, mais l&apos;entrée standard ne contenait aucun mot de passe.</translation>
    </message>
    <message>
        <source>Usage: duo-console instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</source>
        <translation>Utilisation : duo-console instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</translation>
    </message>
    <message>
        <source>Usage: duo-console instance edit NAME [--name NEW] [--url URL] [--ca-file PATH | --no-ca-file] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</source>
        <translation>Utilisation : duo-console instance edit NAME [--name NEW] [--url URL] [--ca-file PATH | --no-ca-file] [--proxy none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout SECONDS] [--allow-http]</translation>
    </message>
    <message>
        <source>proxy: %1 (user %2)</source>
        <translation>proxy : %1 (utilisateur %2)</translation>
    </message>
</context>
<context>
    <name>InstanceConnector</name>
    <message>
        <source>GitLab&apos;s API schema could not be read, so Duo Console cannot tell which operations this instance offers.</source>
        <translation>Le schéma de l&apos;API de GitLab n&apos;a pas pu être lu ; Duo Console ne peut donc pas déterminer quelles opérations cette instance propose.</translation>
    </message>
</context>
<context>
    <name>InstanceController</name>
    <message>
        <source>Token not stored</source>
        <translation>Jeton non enregistré</translation>
    </message>
    <message>
        <source>The token for %1 could not be stored in the system keychain.

%2

Duo Console never writes tokens to a file. You can use the token for this session only; you will be asked for it again next time.</source>
        <translation>Le jeton de %1 n&apos;a pas pu être enregistré dans le trousseau du système.

%2

Duo Console n&apos;écrit jamais les jetons dans un fichier. Vous pouvez utiliser le jeton pour cette session uniquement ; il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session uniquement</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Supprimer l&apos;instance</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from Duo Console? Its token is deleted from the keychain and its local data, including changes not yet pushed, is deleted. Nothing changes on the GitLab server.</source>
        <translation>Supprimer %1 (%2) de Duo Console ? Son jeton est effacé du trousseau et ses données locales, y compris les modifications pas encore envoyées, sont supprimées. Rien ne change sur le serveur GitLab.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>the Duo Console window</source>
        <translation>la fenêtre de Duo Console</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Add GitLab instance</source>
        <translation>Ajouter une instance GitLab</translation>
    </message>
    <message>
        <source>Edit GitLab instance</source>
        <translation>Modifier l&apos;instance GitLab</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>glpat-…, with the api and admin_mode scopes</source>
        <translation>glpat-…, avec les portées api et admin_mode</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Laisser vide pour conserver le jeton enregistré</translation>
    </message>
    <message>
        <source>Send the token over unencrypted http:// (test instances only)</source>
        <translation>Envoyer le jeton via http:// non chiffré (instances de test uniquement)</translation>
    </message>
    <message>
        <source>Allow unencrypted http</source>
        <translation>Autoriser http non chiffré</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Fichier de certificats CA</translation>
    </message>
    <message>
        <source>Optional: PEM file of your organisation&apos;s CA</source>
        <translation>Facultatif : fichier PEM de la CA de votre organisation</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Choisir un fichier de certificats CA</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Paramètres du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Proxy host and port</source>
        <translation>Hôte et port du proxy</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d&apos;expiration des requêtes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>Certificats &amp;CA :</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation>Ajouter l&apos;instance</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain, never in a file.</source>
        <translation>Le jeton est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Choisir un fichier de certificats CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the address you open GitLab with, such as https://gitlab.example.com.</source>
        <translation>Saisissez l&apos;adresse avec laquelle vous ouvrez GitLab, par exemple https://gitlab.example.com.</translation>
    </message>
    <message>
        <source>This URL uses plain http://, which sends the token unencrypted. Use https://, or tick the box to confirm.</source>
        <translation>Cette URL utilise http:// en clair, ce qui envoie le jeton sans chiffrement. Utilisez https:// ou cochez la case pour confirmer.</translation>
    </message>
    <message>
        <source>Enter an administrator&apos;s personal access token.</source>
        <translation>Saisissez le jeton d&apos;accès personnel d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy user, if it asks for one</source>
        <translation>Utilisateur du proxy (si demandé)</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Proxy &amp;login:</source>
        <translation>&amp;Identifiants du proxy :</translation>
    </message>
    <message>
        <source>Enter the proxy as host:port, such as proxy.example.com:3128. Put its user name and password in their own fields.</source>
        <translation>Saisissez le proxy sous la forme host:port, par exemple proxy.example.com:3128. Indiquez son nom d&apos;utilisateur et son mot de passe dans les champs prévus à cet effet.</translation>
    </message>
</context>
<context>
    <name>InstanceDirectory</name>
    <message>
        <source>The instance URL holds a user name or password. Duo Console never keeps credentials in its configuration: give the URL without them; the access token goes to the system keychain.</source>
        <translation>L&apos;URL de l&apos;instance contient un nom d&apos;utilisateur ou un mot de passe. Duo Console ne conserve jamais d&apos;identifiants dans sa configuration : indiquez l&apos;URL sans eux ; le jeton d&apos;accès est placé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Removed instance &apos;%1&apos;, but its token or its drafts&apos; API keys could not be removed from the keychain: %2</source>
        <translation>Instance « %1 » supprimée, mais son jeton ou les clés d&apos;API de ses brouillons n&apos;ont pas pu être supprimés du trousseau : %2</translation>
    </message>
    <message>
        <source>Nothing was saved: Duo Console keeps tokens and passwords only in the system keychain.</source>
        <translation>Rien n&apos;a été enregistré : Duo Console ne conserve les jetons et les mots de passe que dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>InstanceSession</name>
    <message>
        <source>%1: not connected</source>
        <translation>%1 : non connecté</translation>
    </message>
    <message>
        <source>%1: reading the token from the keychain…</source>
        <translation>%1 : lecture du jeton depuis le trousseau…</translation>
    </message>
    <message>
        <source>%1: no token available</source>
        <translation>%1 : aucun jeton disponible</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1 : connexion…</translation>
    </message>
    <message>
        <source>%1 · GitLab %2 · %3 · connected</source>
        <translation>%1 · GitLab %2 · %3 · connecté</translation>
    </message>
    <message>
        <source>%1: offline, %2</source>
        <translation>%1 : hors ligne, %2</translation>
    </message>
    <message>
        <source>%1: error, %2</source>
        <translation>%1 : erreur, %2</translation>
    </message>
    <message>
        <source>Connect to the instance first: a refresh reads it.</source>
        <translation>Connectez-vous d&apos;abord à l&apos;instance : une actualisation lit ses données.</translation>
    </message>
    <message>
        <source>The change was not recorded: API keys are kept only in the system keychain.</source>
        <translation>La modification n&apos;a pas été enregistrée : les clés d&apos;API sont conservées uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A push is running.</source>
        <translation>Un envoi est en cours.</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>L&apos;espace de travail est en lecture seule.</translation>
    </message>
    <message>
        <source>The snapshot is being refreshed; push when it is done.</source>
        <translation>L&apos;instantané est en cours d&apos;actualisation ; envoyez une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <source>Offline: changes are kept here and can be pushed once the instance is connected.</source>
        <translation>Hors ligne : les modifications sont conservées ici et pourront être envoyées une fois l&apos;instance connectée.</translation>
    </message>
    <message>
        <source>Not connected to the instance: GitLab&apos;s own check runs there.</source>
        <translation>Non connecté à l&apos;instance : la vérification propre à GitLab s&apos;exécute sur celle-ci.</translation>
    </message>
    <message>
        <source>Models on Amazon Bedrock or Google Vertex AI have no HTTP endpoint to probe from this computer.</source>
        <translation>Les modèles sur Amazon Bedrock ou Google Vertex AI n&apos;ont pas de point de terminaison HTTP à tester depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The draft&apos;s API key could not be read (%1): tested without it.</source>
        <translation>La clé d&apos;API du brouillon n&apos;a pas pu être lue (%1) : test effectué sans elle.</translation>
    </message>
    <message>
        <source>This GitLab does not give the model&apos;s API key back: tested without it. Type the key to test with it.</source>
        <translation>Ce GitLab ne rend pas la clé d&apos;API du modèle : test effectué sans elle. Saisissez la clé pour tester avec.</translation>
    </message>
    <message>
        <source>The model&apos;s API key could not be read from GitLab (%1): tested without it.</source>
        <translation>La clé d&apos;API du modèle n&apos;a pas pu être lue depuis GitLab (%1) : test effectué sans elle.</translation>
    </message>
    <message>
        <source>Not connected to the instance: GitLab&apos;s own probes run there.</source>
        <translation>Non connecté à l&apos;instance : les propres vérifications de GitLab s&apos;exécutent sur celle-ci.</translation>
    </message>
    <message>
        <source>This instance has no Agent Platform functional check (GitLab 19.5 and later have it), or it is not connected.</source>
        <translation>Cette instance n&apos;a pas de vérification fonctionnelle de l&apos;Agent Platform (GitLab 19.5 et versions ultérieures en disposent), ou elle n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>Name a group or project with GitLab Duo turned on: the check runs there.</source>
        <translation>Indiquez un groupe ou un projet où GitLab Duo est activé : la vérification s&apos;y exécute.</translation>
    </message>
    <message>
        <source>Not connected to the instance: the subscription is read from it.</source>
        <translation>Non connecté à l&apos;instance : l&apos;abonnement est lu sur celle-ci.</translation>
    </message>
    <message>
        <source>Not connected to the instance: the license&apos;s last sync is read from it.</source>
        <translation>Non connecté à l&apos;instance : la dernière synchronisation de la licence est lue sur celle-ci.</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>Online license</source>
        <translation>Licence en ligne</translation>
    </message>
    <message>
        <source>Offline license</source>
        <translation>Licence hors ligne</translation>
    </message>
    <message>
        <source>Legacy license</source>
        <translation>Licence héritée</translation>
    </message>
    <message>
        <source>This token cannot read the license (an administrator&apos;s token can).</source>
        <translation>Ce jeton ne peut pas lire la licence (le jeton d&apos;un administrateur le peut).</translation>
    </message>
    <message>
        <source>GitLab synchronizes this online license with GitLab&apos;s servers every day around 03:00 UTC; a purchase, such as a Duo add-on, arrives with the next synchronization. To synchronize now, press the sync button next to Last sync on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>GitLab synchronise cette licence en ligne avec les serveurs de GitLab chaque jour vers 03:00 UTC ; un achat, comme un module complémentaire Duo, arrive avec la synchronisation suivante. Pour synchroniser maintenant, appuyez sur le bouton de synchronisation à côté de « Last sync » sur la page d&apos;abonnement de la zone d&apos;administration de GitLab.</translation>
    </message>
    <message>
        <source>An offline license never synchronizes: a purchase, such as a Duo add-on, arrives as a new license file from the GitLab Customers Portal, to be uploaded on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>Une licence hors ligne ne se synchronise jamais : un achat, comme un module complémentaire Duo, arrive sous la forme d&apos;un nouveau fichier de licence depuis le GitLab Customers Portal, à téléverser sur la page d&apos;abonnement de la zone d&apos;administration de GitLab.</translation>
    </message>
    <message>
        <source>A legacy license file never synchronizes: a purchase, such as a Duo add-on, arrives as a new license file, or activate the subscription with an activation code on the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>Un fichier de licence hérité ne se synchronise jamais : un achat, comme un module complémentaire Duo, arrive sous la forme d&apos;un nouveau fichier de licence ; vous pouvez aussi activer l&apos;abonnement avec un code d&apos;activation sur la page d&apos;abonnement de la zone d&apos;administration de GitLab.</translation>
    </message>
    <message>
        <source>GitLab names no license type this console knows (%1): see the Subscription page in GitLab&apos;s Admin area.</source>
        <translation>GitLab indique un type de licence que cette console ne connaît pas (%1) : consultez la page d&apos;abonnement de la zone d&apos;administration de GitLab.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No instance</source>
        <translation>Aucune instance</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>Trousseau : vérification…</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Duo Console</source>
        <translation>À &amp;propos de Duo Console</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Trousseau : disponible</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>Trousseau : indisponible</translation>
    </message>
    <message>
        <source>About Duo Console</source>
        <translation>À propos de Duo Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duo Console %1&lt;/h3&gt;&lt;p&gt;A desktop admin console for GitLab Duo Self-Hosted: self-hosted models, AI-native features and the AI gateway, offline drafts and reviewed pushes.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Duo Console %1&lt;/h3&gt;&lt;p&gt;Une console d&apos;administration de bureau pour GitLab Duo Self-Hosted : modèles auto-hébergés, fonctionnalités natives d&apos;IA et passerelle IA, brouillons hors ligne et envois vérifiés.&lt;/p&gt;&lt;p&gt;Licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no instance named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucune instance nommée « %1 ».</translation>
    </message>
    <message>
        <source>GitLab instance</source>
        <translation>Instance GitLab</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instance</translation>
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation>&amp;Ajouter une instance…</translation>
    </message>
    <message>
        <source>&amp;Edit instance…</source>
        <translation>&amp;Modifier l&apos;instance…</translation>
    </message>
    <message>
        <source>&amp;Remove instance…</source>
        <translation>&amp;Supprimer l&apos;instance…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>The local snapshot could not be refreshed: %1 Pending changes are kept; they are checked against the server when pushed.</source>
        <translation>L’instantané local n’a pas pu être actualisé : %1 Les modifications en attente sont conservées ; elles sont comparées au serveur lors de l’envoi.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Duo Console will follow the system&apos;s language from its next start.</source>
        <translation>Duo Console suivra la langue du système dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Duo Console will be in %1 from its next start.</source>
        <translation>Duo Console sera en %1 dès son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ModelCheck</name>
    <message>
        <source>This GitLab has no connection check (GitLab 17.7 and later have it).</source>
        <translation>Ce GitLab n&apos;a pas de vérification de connexion (GitLab 17.7 et versions ultérieures en disposent).</translation>
    </message>
    <message>
        <source>GitLab&apos;s check failed without saying why.</source>
        <translation>La vérification de GitLab a échoué sans en indiquer la raison.</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>--platform takes api, bedrock or vertex-ai.</source>
        <translation>--platform accepte api, bedrock ou vertex-ai.</translation>
    </message>
    <message>
        <source>This instance stores no platform per model (GitLab before 19.0): it cannot serve models from Google Vertex AI. Use api or bedrock.</source>
        <translation>Cette instance n&apos;enregistre pas de plateforme par modèle (GitLab antérieur à 19.0) : elle ne peut pas utiliser de modèles de Google Vertex AI. Utilisez api ou bedrock.</translation>
    </message>
    <message>
        <source>--api-key-stdin was given, but no key was read.</source>
        <translation>--api-key-stdin a été indiqué, mais aucune clé n&apos;a été lue.</translation>
    </message>
    <message>
        <source>Usage: duo-console models add -i NAME --name N --family F --endpoint URL [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</source>
        <translation>Utilisation : duo-console models add -i NAME --name N --family F --endpoint URL [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</translation>
    </message>
    <message>
        <source>Usage: duo-console models edit -i NAME MODEL [--name N] [--family F] [--endpoint URL] [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</source>
        <translation>Utilisation : duo-console models edit -i NAME MODEL [--name N] [--family F] [--endpoint URL] [--identifier I] [--platform api|bedrock|vertex-ai] [--api-key-stdin]</translation>
    </message>
    <message>
        <source>Usage: duo-console models delete -i NAME MODEL [--reassign-to OTHER | --disable-features]</source>
        <translation>Utilisation : duo-console models delete -i NAME MODEL [--reassign-to OTHER | --disable-features]</translation>
    </message>
    <message>
        <source>No self-hosted models: add one with &apos;duo-console models add&apos;.</source>
        <translation>Aucun modèle auto-hébergé : ajoutez-en un avec &apos;duo-console models add&apos;.</translation>
    </message>
    <message>
        <source>--endpoint is for models served over the API: GitLab keeps no endpoint for %1 models. Leave it out.</source>
        <translation>--endpoint concerne les modèles servis via l&apos;API : GitLab n&apos;enregistre pas de point de terminaison pour les modèles %1. Omettez cette option.</translation>
    </message>
</context>
<context>
    <name>ModelDeletion</name>
    <message>
        <source>Delete self-hosted model</source>
        <translation>Supprimer un modèle auto-hébergé</translation>
    </message>
    <message>
        <source>%1 serves:</source>
        <translation>%1 dessert :</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>You are about to delete the %1 self-hosted model. This action cannot be undone.</source>
        <translation>Vous êtes sur le point de supprimer le modèle auto-hébergé %1. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>You are about to delete %n self-hosted models: %1. This action cannot be undone.</source>
        <translation>
            <numerusform>Vous êtes sur le point de supprimer %n modèle auto-hébergé : %1. Cette action est irréversible.</numerusform>
            <numerusform>Vous êtes sur le point de supprimer %n modèles auto-hébergés : %1. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you sure you want to proceed?</source>
        <translation>Voulez-vous vraiment continuer ?</translation>
    </message>
    <message>
        <source>This self-hosted model cannot be deleted</source>
        <translation>Ce modèle auto-hébergé ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>GitLab would leave these features without a model. Choose what serves them, then delete:</source>
        <translation>GitLab laisserait ces fonctionnalités sans modèle. Choisissez ce qui les dessert, puis supprimez :</translation>
    </message>
    <message>
        <source>Reassign these features to</source>
        <translation>Réattribuer ces fonctionnalités à</translation>
    </message>
    <message>
        <source>Reassign these features and delete</source>
        <translation>Réattribuer ces fonctionnalités et supprimer</translation>
    </message>
    <message>
        <source>Model that takes over</source>
        <translation>Modèle qui prend le relais</translation>
    </message>
    <message>
        <source>Disable these features and delete</source>
        <translation>Désactiver ces fonctionnalités et supprimer</translation>
    </message>
    <message>
        <source>No compatible model</source>
        <translation>Aucun modèle compatible</translation>
    </message>
    <message>
        <source>View AI-native features</source>
        <translation>Afficher les fonctionnalités natives d&apos;IA</translation>
    </message>
</context>
<context>
    <name>ModelFormDialog</name>
    <message>
        <source>Add self-hosted model</source>
        <translation>Ajouter un modèle auto-hébergé</translation>
    </message>
    <message>
        <source>Edit self-hosted model</source>
        <translation>Modifier le modèle auto-hébergé</translation>
    </message>
    <message>
        <source>Add a new AI model that can be used for GitLab Duo self-hosted features.</source>
        <translation>Ajoutez un nouveau modèle d&apos;IA qui peut être utilisé pour les fonctionnalités auto-hébergées de GitLab Duo.</translation>
    </message>
    <message>
        <source>Edit the AI model that can be used for GitLab Duo self-hosted features.</source>
        <translation>Modifiez le modèle d&apos;IA qui peut être utilisé pour les fonctionnalités auto-hébergées de GitLab Duo.</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>Nom du déploiement</translation>
    </message>
    <message>
        <source>A unique and descriptive name for your deployment.</source>
        <translation>Un nom unique et descriptif pour votre déploiement.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Famille de modèles</translation>
    </message>
    <message>
        <source>Select model</source>
        <translation>Sélectionner un modèle</translation>
    </message>
    <message>
        <source>Select an appropriate model family from the list of approved GitLab models.</source>
        <translation>Sélectionnez une famille de modèles appropriée dans la liste des modèles GitLab approuvés.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Specify the URL endpoint where your self-hosted model is accessible</source>
        <translation>Indiquez l&apos;URL du point de terminaison où votre modèle auto-hébergé est accessible</translation>
    </message>
    <message>
        <source>Model identifier</source>
        <translation>Identifiant du modèle</translation>
    </message>
    <message>
        <source>Provide the model identifier in the form of provider/model-name</source>
        <translation>Indiquez l&apos;identifiant du modèle sous la forme provider/model-name</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Afficher la clé d&apos;API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>Clé d&apos;API (facultative)</translation>
    </message>
    <message>
        <source>If required, provide the API token that grants access to your self-hosted model deployment.</source>
        <translation>Si nécessaire, indiquez le jeton d&apos;API qui donne accès au déploiement de votre modèle auto-hébergé.</translation>
    </message>
    <message>
        <source>To fully set up AWS credentials for this model please refer to the AWS Bedrock Configuration Guide.</source>
        <translation>Pour configurer entièrement les identifiants AWS pour ce modèle, veuillez vous référer au Guide de configuration AWS Bedrock.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Set: type a new key to replace it</source>
        <translation>Définie : saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>OpenAI-compatible servers such as vLLM expect the endpoint to end in /v1, for example https://host:8000/v1.</source>
        <translation>Les serveurs compatibles OpenAI tels que vLLM attendent un point de terminaison se terminant par /v1, par exemple https://host:8000/v1.</translation>
    </message>
    <message>
        <source>The API key: this GitLab does not let administrators read it back. Type it to test the connection with it.</source>
        <translation>La clé d&apos;API : ce GitLab ne permet pas aux administrateurs de la relire. Saisissez-la pour tester la connexion avec celle-ci.</translation>
    </message>
    <message>
        <source>Please enter a model identifier.</source>
        <translation>Saisissez un identifiant de modèle.</translation>
    </message>
</context>
<context>
    <name>ModelTestCommand</name>
    <message>
        <source>Usage: duo-console models test -i NAME MODEL [--api-key-stdin] [--json]</source>
        <translation>Utilisation : duo-console models test -i NAME MODEL [--api-key-stdin] [--json]</translation>
    </message>
    <message>
        <source>A test reaches the instance and the model; it cannot run with --offline.</source>
        <translation>Un test contacte l&apos;instance et le modèle ; il ne peut pas s&apos;exécuter avec --offline.</translation>
    </message>
    <message>
        <source>There is no model &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun modèle « %1 ».</translation>
    </message>
    <message>
        <source>From GitLab (GitLab → AI gateway → model): %1</source>
        <translation>Depuis GitLab (GitLab → passerelle IA → modèle) : %1</translation>
    </message>
    <message>
        <source>From this computer (%1): %2</source>
        <translation>Depuis cet ordinateur (%1) : %2</translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>aucun point de terminaison</translation>
    </message>
</context>
<context>
    <name>ModelTestResult</name>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>name lookup %1, connect started %2, TLS done %3, first byte %4, total %5</source>
        <translation>résolution du nom %1, début de la connexion %2, TLS terminé %3, premier octet %4, total %5</translation>
    </message>
</context>
<context>
    <name>ModelTestView</name>
    <message>
        <source>From GitLab: testing…</source>
        <translation>Depuis GitLab : test en cours…</translation>
    </message>
    <message>
        <source>From this computer: testing…</source>
        <translation>Depuis cet ordinateur : test en cours…</translation>
    </message>
    <message>
        <source>From GitLab (GitLab → AI gateway → model): %1
%2</source>
        <translation>Depuis GitLab (GitLab → passerelle IA → modèle) : %1
%2</translation>
    </message>
    <message>
        <source>From this computer: %1
%2</source>
        <translation>Depuis cet ordinateur : %1
%2</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Add self-hosted model</source>
        <translation>Ajouter un modèle auto-hébergé</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected model</source>
        <translation>Modifier le modèle sélectionné</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected model as a new draft</source>
        <translation>Copier le modèle sélectionné dans un nouveau brouillon</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected models</source>
        <translation>Supprimer les modèles sélectionnés</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test the selected model&apos;s connection</source>
        <translation>Tester la connexion du modèle sélectionné</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the models from GitLab again</source>
        <translation>Relire les modèles depuis GitLab</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <source>Filter by name, family, endpoint or identifier</source>
        <translation>Filtrer par nom, famille, point de terminaison ou identifiant</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Modèles auto-hébergés</translation>
    </message>
    <message>
        <source>Model columns</source>
        <translation>Colonnes des modèles</translation>
    </message>
    <message>
        <source>Reading the models from GitLab…</source>
        <translation>Lecture des modèles depuis GitLab…</translation>
    </message>
    <message>
        <source>Loading the self-hosted models…</source>
        <translation>Chargement des modèles auto-hébergés…</translation>
    </message>
    <message>
        <source>Not read from GitLab yet: Refresh reads every model.</source>
        <translation>Pas encore lu depuis GitLab : « Actualiser » lit tous les modèles.</translation>
    </message>
    <message>
        <source>Never read from GitLab: connect to the instance to see its models. Models added now wait in Pending changes.</source>
        <translation>Jamais lu depuis GitLab : connectez-vous à l&apos;instance pour voir ses modèles. Les modèles ajoutés maintenant attendent dans « Modifications en attente ».</translation>
    </message>
    <message>
        <source>Offline: as read from GitLab on %1. Edits wait in Pending changes.</source>
        <translation>Hors ligne : tel que lu depuis GitLab le %1. Les modifications attendent dans « Modifications en attente ».</translation>
    </message>
    <message>
        <source>No self-hosted models yet. Add a self-hosted model and select it for a feature to start using it.</source>
        <translation>Aucun modèle auto-hébergé pour l&apos;instant. Ajoutez un modèle auto-hébergé et sélectionnez-le pour une fonctionnalité afin de commencer à l&apos;utiliser.</translation>
    </message>
    <message>
        <source>No model matches the filter.</source>
        <translation>Aucun modèle ne correspond au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Model rows</source>
        <translation>Lignes des modèles</translation>
    </message>
    <message>
        <source>Select all models</source>
        <translation>Sélectionner tous les modèles</translation>
    </message>
</context>
<context>
    <name>ModelsTableModel</name>
    <message>
        <source>conflict</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>to delete</source>
        <translation>à supprimer</translation>
    </message>
    <message>
        <source>set</source>
        <translation>définie</translation>
    </message>
    <message>
        <source>Recorded here, not yet pushed to GitLab.</source>
        <translation>Enregistré ici, pas encore envoyé à GitLab.</translation>
    </message>
    <message>
        <source>The last push did not apply it: see Pending changes.</source>
        <translation>Le dernier envoi ne l&apos;a pas appliqué : voir « Modifications en attente ».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Famille de modèles</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Model identifier</source>
        <translation>Identifiant du modèle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>Mutations</name>
    <message>
        <source>GitLab answered the creation without the new model&apos;s id.</source>
        <translation>GitLab a répondu à la création sans l&apos;identifiant du nouveau modèle.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Masquer la notification</translation>
    </message>
</context>
<context>
    <name>PaneCatalog</name>
    <message>
        <source>No GitLab instance yet</source>
        <translation>Aucune instance GitLab pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add a GitLab instance first: its URL and an administrator&apos;s personal access token with the api and admin_mode scopes.</source>
        <translation>Ajoutez d&apos;abord une instance GitLab : son URL et le jeton d&apos;accès personnel d&apos;un administrateur avec les portées api et admin_mode.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>License, GitLab Duo add-ons and seats, and whether this instance may use self-hosted models.</source>
        <translation>Licence, modules complémentaires GitLab Duo et sièges, et possibilité pour cette instance d&apos;utiliser des modèles auto-hébergés.</translation>
    </message>
    <message>
        <source>The license plan, licensee and dates, Duo add-on seats, the last subscription sync, and why self-hosted models are or are not available will show here.</source>
        <translation>Le forfait de la licence, le titulaire et les dates, les sièges des modules complémentaires Duo, la dernière synchronisation de l&apos;abonnement et la raison pour laquelle les modèles auto-hébergés sont disponibles ou non s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Modèles auto-hébergés</translation>
    </message>
    <message>
        <source>The models your GitLab Duo features can use: deployment name, model family, endpoint, model identifier and API key.</source>
        <translation>Les modèles que vos fonctionnalités GitLab Duo peuvent utiliser : nom du déploiement, famille de modèles, point de terminaison, identifiant du modèle et clé d&apos;API.</translation>
    </message>
    <message>
        <source>Every self-hosted model deployment will be listed here, with no 100-row limit, ready to add, edit, test and delete.</source>
        <translation>Chaque déploiement de modèle auto-hébergé sera listé ici, sans limite de 100 lignes, prêt à être ajouté, modifié, testé et supprimé.</translation>
    </message>
    <message>
        <source>AI-native features</source>
        <translation>Fonctionnalités natives d&apos;IA</translation>
    </message>
    <message>
        <source>Choose for each AI-native feature: Disabled, a GitLab AI vendor model, or one of your self-hosted models.</source>
        <translation>Choisissez pour chaque fonctionnalité native d&apos;IA : Désactivée, un modèle d&apos;un fournisseur d&apos;IA de GitLab ou l&apos;un de vos modèles auto-hébergés.</translation>
    </message>
    <message>
        <source>Every feature the instance reports will show here, grouped as GitLab groups them, with its release state and the models it accepts.</source>
        <translation>Chaque fonctionnalité signalée par l&apos;instance s&apos;affichera ici, regroupée comme dans GitLab, avec son état de publication et les modèles qu&apos;elle accepte.</translation>
    </message>
    <message>
        <source>AI gateway</source>
        <translation>Passerelle IA</translation>
    </message>
    <message>
        <source>The AI gateway URL and timeout, and health checks from this desktop and from the GitLab server.</source>
        <translation>L&apos;URL et le délai d&apos;expiration de la passerelle IA, ainsi que des contrôles d&apos;état depuis ce poste et depuis le serveur GitLab.</translation>
    </message>
    <message>
        <source>The gateway URL, its health as seen from this desktop, and GitLab&apos;s own probes will show here as a setup checklist.</source>
        <translation>L&apos;URL de la passerelle, son état vu depuis ce poste et les propres vérifications de GitLab s&apos;afficheront ici sous forme de liste de contrôle de configuration.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Edits recorded on this computer and not yet pushed to GitLab.</source>
        <translation>Modifications enregistrées sur cet ordinateur et pas encore envoyées à GitLab.</translation>
    </message>
    <message>
        <source>Changes you make, online or offline, wait here to be reviewed against the server and pushed as one plan.</source>
        <translation>Les modifications que vous effectuez, en ligne ou hors ligne, attendent ici d&apos;être comparées au serveur, puis envoyées sous la forme d&apos;un plan unique.</translation>
    </message>
</context>
<context>
    <name>PendingChangesPane</name>
    <message>
        <source>Push all</source>
        <translation>Tout envoyer</translation>
    </message>
    <message>
        <source>Push all changes</source>
        <translation>Envoyer toutes les modifications</translation>
    </message>
    <message>
        <source>Push selected</source>
        <translation>Envoyer la sélection</translation>
    </message>
    <message>
        <source>Push the selected changes</source>
        <translation>Envoyer les modifications sélectionnées</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard the selected changes</source>
        <translation>Abandonner les modifications sélectionnées</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma valeur</translation>
    </message>
    <message>
        <source>Keep my value for the selected conflicting field</source>
        <translation>Garder ma valeur pour le champ en conflit sélectionné</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <source>Take the server&apos;s value for the selected conflicting field</source>
        <translation>Prendre la valeur du serveur pour le champ en conflit sélectionné</translation>
    </message>
    <message>
        <source>Stop at the first error</source>
        <translation>S&apos;arrêter à la première erreur</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Pending changes columns</source>
        <translation>Colonnes des modifications en attente</translation>
    </message>
    <message>
        <source>Push history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Push history columns</source>
        <translation>Colonnes de l&apos;historique des envois</translation>
    </message>
    <message>
        <source>Push progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the push</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n step(s)…</source>
        <translation>
            <numerusform>Envoi de %n étape…</numerusform>
            <numerusform>Envoi de %n étapes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>Checking the changes against the server…</source>
        <translation>Comparaison des modifications avec le serveur…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message>
        <source>Select a conflicting field and keep yours or take the server&apos;s, then push again.</source>
        <translation>Sélectionnez un champ en conflit, gardez votre valeur ou prenez celle du serveur, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Abandonnées.</translation>
    </message>
    <message>
        <source>The push stopped when its instance was closed; push again to finish it.</source>
        <translation>L’envoi s’est arrêté à la fermeture de son instance ; envoyez à nouveau pour le terminer.</translation>
    </message>
    <message>
        <source>Cancelling after the batches in flight…</source>
        <translation>Annulation après les lots en cours…</translation>
    </message>
</context>
<context>
    <name>PlanGraph</name>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos; once the model holding that name has given it up</source>
        <translation>Renommer « %1 » en « %2 » une fois que le modèle qui porte ce nom l&apos;a libéré</translation>
    </message>
    <message>
        <source>(as &apos;%1&apos; until &apos;%2&apos; gives its name up)</source>
        <translation>(sous le nom « %1 » jusqu&apos;à ce que « %2 » libère son nom)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the instance a name.</source>
        <translation>Donnez un nom à l&apos;instance.</translation>
    </message>
    <message>
        <source>An instance named &apos;%1&apos; already exists.</source>
        <translation>Une instance nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read (no permission). Instances cannot be listed until it can.</source>
        <translation>Le fichier de configuration %1 ne peut pas être lu (autorisation refusée). Les instances ne peuvent pas être listées tant qu&apos;il ne peut pas l&apos;être.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a Duo Console configuration (it cannot be parsed). It was left as it is; fix it, or move it aside to start again.</source>
        <translation>Le fichier de configuration %1 n&apos;est pas une configuration Duo Console (il ne peut pas être analysé). Il a été laissé tel quel ; corrigez-le ou déplacez-le ailleurs pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The configuration file %1 could not be read; it was kept as %2, and a new one was started.</source>
        <translation>Le fichier de configuration %1 n&apos;a pas pu être lu ; il a été conservé sous le nom %2 et un nouveau fichier a été créé.</translation>
    </message>
    <message>
        <source>The configuration file %1 could not be written.</source>
        <translation>Le fichier de configuration %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The instance name is %1 characters long; keep it to %2.</source>
        <translation>Le nom de l&apos;instance comporte %1 caractères ; limitez-le à %2.</translation>
    </message>
    <message>
        <source>The instance name</source>
        <translation>Le nom de l&apos;instance</translation>
    </message>
</context>
<context>
    <name>PushAnswers</name>
    <message>
        <source>%1 — this draft was most likely created by a push that was interrupted, but GitLab hides it: its family is in beta and beta models are not accepted in the web UI (Admin &gt; GitLab Duo). Accept beta models there to see it; do not create it again under another name.</source>
        <translation>%1 — ce brouillon a très probablement été créé par un envoi interrompu, mais GitLab le masque : sa famille est en bêta et les modèles bêta ne sont pas acceptés dans l&apos;interface web (Admin &gt; GitLab Duo). Acceptez-y les modèles bêta pour le voir ; ne le recréez pas sous un autre nom.</translation>
    </message>
    <message>
        <source>%1 — a model with this name exists but GitLab hides it: its family is in beta and beta models are not accepted in the web UI (Admin &gt; GitLab Duo). Choose another name, or accept beta models there.</source>
        <translation>%1 — un modèle portant ce nom existe, mais GitLab le masque : sa famille est en bêta et les modèles bêta ne sont pas acceptés dans l&apos;interface web (Admin &gt; GitLab Duo). Choisissez un autre nom ou acceptez-y les modèles bêta.</translation>
    </message>
</context>
<context>
    <name>PushCheck</name>
    <message>
        <source>Changed on the server too: %1. Keep yours or take the server&apos;s.</source>
        <translation>Modifié aussi sur le serveur : %1. Gardez votre valeur ou prenez celle du serveur.</translation>
    </message>
    <message>
        <source>A model named &apos;%1&apos; was created on the server meanwhile. Rename the draft, or discard it.</source>
        <translation>Un modèle nommé « %1 » a été créé entre-temps sur le serveur. Renommez le brouillon ou abandonnez-le.</translation>
    </message>
    <message>
        <source>This model was deleted on the server. Discard the change, or create the model again.</source>
        <translation>Ce modèle a été supprimé sur le serveur. Abandonnez la modification ou recréez le modèle.</translation>
    </message>
    <message>
        <source>Assigned differently on the server too: %1. Keep yours or take the server&apos;s.</source>
        <translation>Attribué différemment sur le serveur aussi : %1. Gardez votre valeur ou prenez celle du serveur.</translation>
    </message>
    <message>
        <source>GitLab no longer offers a model allowlist for %1. Take the server&apos;s side to drop this change.</source>
        <translation>GitLab ne propose plus de liste d&apos;autorisation de modèles pour %1. Prenez la version du serveur pour abandonner cette modification.</translation>
    </message>
    <message>
        <source>%1 Edit the draft, or discard it.</source>
        <translation>%1 Modifiez le brouillon ou abandonnez-le.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos;</source>
        <translation>Modèle « %1 »</translation>
    </message>
</context>
<context>
    <name>PushOutcome</name>
    <message>
        <source>%1, %2, %3; %4.</source>
        <comment>pushed, failed, in conflict; requests</comment>
        <translation>%1, %2, %3 ; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pushed</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushPlanner</name>
    <message>
        <source>Create model &apos;%1&apos; (%2)</source>
        <translation>Créer le modèle « %1 » (%2)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Update model &apos;%1&apos;: %2</source>
        <translation>Mettre à jour le modèle « %1 » : %2</translation>
    </message>
    <message>
        <source>self-hosted model &apos;%1&apos;</source>
        <translation>modèle auto-hébergé « %1 »</translation>
    </message>
    <message>
        <source>GitLab AI vendor model</source>
        <translation>modèle d&apos;un fournisseur d&apos;IA de GitLab</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Définir %1 sur %2</translation>
    </message>
    <message>
        <source>Update Duo settings: %1</source>
        <translation>Mettre à jour les paramètres Duo : %1</translation>
    </message>
    <message>
        <source>Delete model &apos;%1&apos;</source>
        <translation>Supprimer le modèle « %1 »</translation>
    </message>
    <message>
        <source>Disable %1 before deleting &apos;%2&apos;</source>
        <translation>Désactiver %1 avant de supprimer « %2 »</translation>
    </message>
    <message>
        <source>Move %1 from &apos;%2&apos; to &apos;%3&apos; before deleting &apos;%2&apos;</source>
        <translation>Déplacer %1 de « %2 » vers « %3 » avant de supprimer « %2 »</translation>
    </message>
    <message>
        <source>Limit %1 to the allowlist: %2</source>
        <translation>Limiter %1 à la liste d&apos;autorisation : %2</translation>
    </message>
    <message>
        <source>the chosen model only</source>
        <translation>le modèle choisi uniquement</translation>
    </message>
    <message>
        <source>Turn off the model allowlist of %1</source>
        <translation>Désactiver la liste d&apos;autorisation de modèles de %1</translation>
    </message>
    <message>
        <source>GitLab AI vendor model %1</source>
        <translation>modèle %1 d&apos;un fournisseur d&apos;IA de GitLab</translation>
    </message>
</context>
<context>
    <name>PushRecords</name>
    <message>
        <source>Another push of this instance is running: %1 (process %2 on %3) has pushed since %4. Wait for it to finish, then push again.</source>
        <translation>Un autre envoi de cette instance est en cours : %1 (processus %2 sur %3) envoie depuis le %4. Attendez qu&apos;il se termine, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>This push no longer holds the instance&apos;s push lease; nothing more was sent. Push again.</source>
        <translation>Cet envoi ne détient plus le verrou d&apos;envoi de l&apos;instance ; rien de plus n&apos;a été envoyé. Envoyez à nouveau.</translation>
    </message>
</context>
<context>
    <name>PushStep</name>
    <message>
        <source>(from the keychain)</source>
        <translation>(depuis le trousseau)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No token is stored in the system keychain for this instance.</source>
        <translation>Aucun jeton n&apos;est enregistré dans le trousseau du système pour cette instance.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet; until then a token can only be used for this session.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Démarrez un Secret Service tel que GNOME Keyring ou KWallet ; d&apos;ici là, un jeton ne peut être utilisé que pour cette session.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau du système est verrouillé ou a refusé l&apos;accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for a password prompt; unlock it and try again.</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps. Il attend peut-être la saisie d&apos;un mot de passe ; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the token cannot be read or stored. Unlock it (log in to the desktop session, or unlock the &quot;Login&quot; keyring in Passwords and Keys / KWallet Manager), then try again.</source>
        <translation>Le trousseau du système est verrouillé : le jeton ne peut donc être ni lu ni enregistré. Déverrouillez-le (connectez-vous à la session de bureau, ou déverrouillez le trousseau « Login » dans Mots de passe et clés / KWallet Manager), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ServerReader</name>
    <message>
        <source>GitLab does not let this token list self-hosted models: an administrator&apos;s token and the Duo Enterprise add-on are needed.</source>
        <translation>GitLab ne permet pas à ce jeton de lister les modèles auto-hébergés : le jeton d&apos;un administrateur et le module complémentaire Duo Enterprise sont nécessaires.</translation>
    </message>
    <message>
        <source>GitLab does not show this token the AI-native feature settings: it needs an administrator who may manage self-hosted models.</source>
        <translation>GitLab ne montre pas à ce jeton les paramètres des fonctionnalités natives d&apos;IA : il faut un administrateur autorisé à gérer les modèles auto-hébergés.</translation>
    </message>
</context>
<context>
    <name>SettingsDrift</name>
    <message>
        <source>(unset)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>URL de la passerelle IA</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>Délai d&apos;expiration de la passerelle IA</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>URL du service Agent Platform</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>TLS de l&apos;Agent Platform</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
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
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>GitLab instance reachable</source>
        <translation>Instance GitLab joignable</translation>
    </message>
    <message>
        <source>GitLab %1 answered.</source>
        <translation>GitLab %1 a répondu.</translation>
    </message>
    <message>
        <source>Not connected to the instance.</source>
        <translation>Non connecté à l&apos;instance.</translation>
    </message>
    <message>
        <source>Check the instance&apos;s URL, proxy and CA file (Instance &gt; Edit instance), and that GitLab is up.</source>
        <translation>Vérifiez l&apos;URL, le proxy et le fichier CA de l&apos;instance (Instance &gt; Modifier l&apos;instance), et que GitLab est en service.</translation>
    </message>
    <message>
        <source>Access token: scopes and expiry</source>
        <translation>Jeton d&apos;accès : portées et expiration</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>License and GitLab Duo add-on</source>
        <translation>Licence et module complémentaire GitLab Duo</translation>
    </message>
    <message>
        <source>Needs a connection to the instance.</source>
        <translation>Nécessite une connexion à l&apos;instance.</translation>
    </message>
    <message>
        <source>GitLab did not say which scopes the token has.</source>
        <translation>GitLab n&apos;a pas indiqué les portées du jeton.</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>Portées : %1.</translation>
    </message>
    <message>
        <source>Create a personal access token with the api and admin_mode scopes and replace the stored one (Instance &gt; Edit instance).</source>
        <translation>Créez un jeton d&apos;accès personnel avec les portées api et admin_mode et remplacez le jeton enregistré (Instance &gt; Modifier l&apos;instance).</translation>
    </message>
    <message>
        <source>%1 is an administrator.</source>
        <translation>%1 est administrateur.</translation>
    </message>
    <message>
        <source>%1 is not an administrator.</source>
        <translation>%1 n&apos;est pas administrateur.</translation>
    </message>
    <message>
        <source>Use the token of an administrator: only they can configure GitLab Duo Self-Hosted.</source>
        <translation>Utilisez le jeton d&apos;un administrateur : seuls les administrateurs peuvent configurer GitLab Duo Self-Hosted.</translation>
    </message>
    <message>
        <source>This instance may use self-hosted models.</source>
        <translation>Cette instance peut utiliser des modèles auto-hébergés.</translation>
    </message>
    <message>
        <source>AI gateway URL set</source>
        <translation>URL de la passerelle IA définie</translation>
    </message>
    <message>
        <source>The instance was never read: refresh it first.</source>
        <translation>L&apos;instance n&apos;a jamais été lue : actualisez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>No AI gateway URL is set.</source>
        <translation>Aucune URL de passerelle IA n&apos;est définie.</translation>
    </message>
    <message>
        <source>Set the local AI gateway URL on the AI gateway pane.</source>
        <translation>Définissez l&apos;URL de la passerelle IA locale dans le volet « Passerelle IA ».</translation>
    </message>
    <message>
        <source>Set AI_GATEWAY_URL in /etc/gitlab/gitlab.rb (see the AI gateway pane).</source>
        <translation>Définissez AI_GATEWAY_URL dans /etc/gitlab/gitlab.rb (voir le volet « Passerelle IA »).</translation>
    </message>
    <message>
        <source>The AI gateway URL %1 is not an http:// or https:// URL.</source>
        <translation>L&apos;URL de la passerelle IA %1 n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>Correct it on the AI gateway pane.</source>
        <translation>Corrigez-la dans le volet « Passerelle IA ».</translation>
    </message>
    <message>
        <source>Features point at usable models</source>
        <translation>Les fonctionnalités pointent vers des modèles utilisables</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Every feature set to a self-hosted model can use it.</source>
        <translation>Chaque fonctionnalité définie sur un modèle auto-hébergé peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Choose another model for these features on the AI-native features pane. A model of a beta family is hidden until beta models are accepted.</source>
        <translation>Choisissez un autre modèle pour ces fonctionnalités dans le volet « Fonctionnalités natives d&apos;IA ». Un modèle d&apos;une famille bêta est masqué tant que les modèles bêta ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>Settings kept across upgrades</source>
        <translation>Paramètres conservés lors des mises à niveau</translation>
    </message>
    <message>
        <source>GitLab %1 → %2 reset: %3</source>
        <translation>GitLab %1 → %2 a réinitialisé : %3</translation>
    </message>
    <message>
        <source>Restore them on the AI gateway pane.</source>
        <translation>Restaurez-les dans le volet « Passerelle IA ».</translation>
    </message>
    <message>
        <source>No setting was reset by an upgrade.</source>
        <translation>Aucun paramètre n&apos;a été réinitialisé par une mise à niveau.</translation>
    </message>
    <message>
        <source>AI gateway from this computer (health, TCP, TLS)</source>
        <translation>Passerelle IA depuis cet ordinateur (état, TCP, TLS)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>The gateway answers but is unhealthy: read its logs.</source>
        <translation>La passerelle répond mais n&apos;est pas opérationnelle : consultez ses journaux.</translation>
    </message>
    <message>
        <source>Check that the gateway runs and that this computer may reach it (firewall, proxy, CA file).</source>
        <translation>Vérifiez que la passerelle est en service et que cet ordinateur peut la joindre (pare-feu, proxy, fichier CA).</translation>
    </message>
    <message>
        <source>GitLab&apos;s own probes</source>
        <translation>Propres vérifications de GitLab</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) passed.</source>
        <translation>
            <numerusform>%n vérification réussie.</numerusform>
            <numerusform>%n vérifications réussies.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitLab&apos;s server cannot reach what these name: check the gateway URL and the network from the GitLab server.</source>
        <translation>Le serveur GitLab ne peut pas joindre ce que celles-ci désignent : vérifiez l&apos;URL de la passerelle et le réseau depuis le serveur GitLab.</translation>
    </message>
    <message>
        <source>Model %1: from GitLab and from here</source>
        <translation>Modèle %1 : depuis GitLab et depuis cet ordinateur</translation>
    </message>
    <message>
        <source>From GitLab: %1</source>
        <translation>Depuis GitLab : %1</translation>
    </message>
    <message>
        <source>From here: %1</source>
        <translation>Depuis cet ordinateur : %1</translation>
    </message>
    <message>
        <source>GitLab reaches it; this computer does not: a local network limit, not a fault of the set-up.</source>
        <translation>GitLab le joint, mais pas cet ordinateur : une limite du réseau local, et non un défaut de la configuration.</translation>
    </message>
    <message>
        <source>Check the model&apos;s endpoint, identifier and key on the Self-hosted models pane, and that the gateway reaches the model server.</source>
        <translation>Vérifiez le point de terminaison, l&apos;identifiant et la clé du modèle dans le volet « Modèles auto-hébergés », et que la passerelle joint le serveur de modèles.</translation>
    </message>
</context>
<context>
    <name>SetupCheckDialog</name>
    <message>
        <source>Setup check</source>
        <translation>Vérification de la configuration</translation>
    </message>
    <message>
        <source>Every link from GitLab to a working self-hosted model, checked at once: unlike GitLab&apos;s own check, one failure does not stop the others.</source>
        <translation>Chaque maillon entre GitLab et un modèle auto-hébergé fonctionnel, vérifié en une seule fois : contrairement à la propre vérification de GitLab, un échec n&apos;arrête pas les autres contrôles.</translation>
    </message>
    <message>
        <source>Setup check results</source>
        <translation>Résultats de la vérification de la configuration</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Setup check columns</source>
        <translation>Colonnes de la vérification de la configuration</translation>
    </message>
    <message>
        <source>Test every model, not only those features use</source>
        <translation>Tester chaque modèle, pas seulement ceux qu&apos;utilisent les fonctionnalités</translation>
    </message>
    <message>
        <source>Test every model</source>
        <translation>Tester chaque modèle</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation>Lancer la vérification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation>Copier le rapport au format Markdown</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the report as JSON</source>
        <translation>Copier le rapport au format JSON</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solution : %1</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>%1 sur %2 vérifiés</translation>
    </message>
</context>
<context>
    <name>SetupItem</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>SetupReport</name>
    <message>
        <source># Duo Console setup check: %1</source>
        <translation># Vérification de la configuration Duo Console : %1</translation>
    </message>
    <message>
        <source>| Check | Result | Time | Details |</source>
        <translation>| Contrôle | Résultat | Durée | Détails |</translation>
    </message>
    <message>
        <source> Fix: %1</source>
        <translation> Solution : %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>passed, warnings, failed, skipped</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>, administrator</source>
        <translation>, administrateur</translation>
    </message>
    <message>
        <source>, not an administrator</source>
        <translation>, non administrateur</translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation>Portées du jeton</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnues</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>%1 (%2), %3 seats, expires %4</source>
        <translation>%1 (%2), %3 sièges, expire le %4</translation>
    </message>
    <message>
        <source>not readable with this token</source>
        <translation>illisible avec ce jeton</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 seats assigned)</source>
        <translation>%1 (%2 sièges attribués sur %3)</translation>
    </message>
    <message>
        <source>Duo add-ons</source>
        <translation>Modules complémentaires Duo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>API shape</source>
        <translation>Variante d&apos;API</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Modèles auto-hébergés</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisés</translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation>non autorisés : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>status asks the instance itself; it cannot run with --offline.</source>
        <translation>status interroge l&apos;instance elle-même ; cette commande ne peut pas s&apos;exécuter avec --offline.</translation>
    </message>
    <message>
        <source>model connection check</source>
        <translation>vérification de la connexion des modèles</translation>
    </message>
    <message>
        <source>a platform per model</source>
        <translation>une plateforme par modèle</translation>
    </message>
    <message>
        <source>AI gateway URL</source>
        <translation>URL de la passerelle IA</translation>
    </message>
    <message>
        <source>AI gateway timeout</source>
        <translation>délai d&apos;expiration de la passerelle IA</translation>
    </message>
    <message>
        <source>Agent Platform service URL</source>
        <translation>URL du service Agent Platform</translation>
    </message>
    <message>
        <source>Agent Platform TLS</source>
        <translation>TLS de l&apos;Agent Platform</translation>
    </message>
    <message>
        <source>model allowlists</source>
        <translation>listes d&apos;autorisation de modèles</translation>
    </message>
    <message>
        <source>Agent Platform functional check</source>
        <translation>vérification fonctionnelle de l&apos;Agent Platform</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>New in this GitLab</source>
        <translation>Nouveau dans ce GitLab</translation>
    </message>
    <message>
        <source>%1 (shown by GitLab&apos;s raw names)</source>
        <translation>%1 (affichés sous les noms bruts de GitLab)</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solution : %1</translation>
    </message>
    <message>
        <source>--all goes with --check: it tests every model.</source>
        <translation>--all va avec --check : cette option teste chaque modèle.</translation>
    </message>
</context>
<context>
    <name>SubscriptionCommand</name>
    <message numerus="yes">
        <source>%1 to %2  %3, %4, %n seat(s)</source>
        <translation>
            <numerusform>du %1 au %2  %3, %4, %n siège</numerusform>
            <numerusform>du %1 au %2  %3, %4, %n sièges</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (trial)</source>
        <translation> (essai)</translation>
    </message>
    <message>
        <source>Licensed to</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Seats in subscription</source>
        <translation>Sièges de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Billable users</source>
        <translation>Utilisateurs facturables</translation>
    </message>
    <message>
        <source>Maximum users</source>
        <translation>Utilisateurs maximum</translation>
    </message>
    <message>
        <source>Users over subscription</source>
        <translation>Utilisateurs en excédent</translation>
    </message>
    <message>
        <source>not readable with this token (an administrator&apos;s token can)</source>
        <translation>illisible avec ce jeton (le jeton d&apos;un administrateur le permet)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 seats assigned)</source>
        <translation>%1 (%2 sièges attribués sur %3)</translation>
    </message>
    <message>
        <source>Duo add-ons</source>
        <translation>Modules complémentaires</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Modèles auto-hébergés</translation>
    </message>
    <message>
        <source>available on this instance</source>
        <translation>disponibles sur cette instance</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>non disponibles : %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Subscriptions to come:</source>
        <translation>Abonnements à venir :</translation>
    </message>
    <message>
        <source>The license&apos;s history could not be read: %1</source>
        <translation>L&apos;historique de la licence n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>subscription asks the instance itself; it cannot run with --offline.</source>
        <translation>subscription interroge l&apos;instance elle-même ; cette commande ne peut pas s&apos;exécuter avec --offline.</translation>
    </message>
    <message>
        <source>Usage: duo-console subscription -i NAME [--json]</source>
        <translation>Utilisation : duo-console subscription -i NAME [--json]</translation>
    </message>
</context>
<context>
    <name>SubscriptionPane</name>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Forfait :</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation :</translation>
    </message>
    <message>
        <source>GitLab Duo</source>
        <translation>GitLab Duo</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Modules complémentaires :</translation>
    </message>
    <message>
        <source>Self-hosted models:</source>
        <translation>Modèles auto-hébergés :</translation>
    </message>
    <message>
        <source>This connection</source>
        <translation>Cette connexion</translation>
    </message>
    <message>
        <source>GitLab:</source>
        <translation>GitLab :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>To fix:</source>
        <translation>À corriger :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>This token cannot read the license (an administrator&apos;s token can).</source>
        <translation>Ce jeton ne peut pas lire la licence (le jeton d&apos;un administrateur le peut).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats assigned</source>
        <translation>%1 : %2 sièges attribués sur %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Available on this instance.</source>
        <translation>Disponible sur cette instance.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Non disponible : %1</translation>
    </message>
    <message>
        <source>%1 (revision %2), API shape %3</source>
        <translation>%1 (révision %2), variante d&apos;API %3</translation>
    </message>
    <message>
        <source>%1 (%2); scopes: %3</source>
        <translation>%1 (%2) ; portées : %3</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>not an administrator</source>
        <translation>non administrateur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnues</translation>
    </message>
    <message>
        <source>; expires %1</source>
        <translation> ; expire le %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Licensed to:</source>
        <translation>Titulaire :</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Date de début :</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Date de fin :</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>Activation :</translation>
    </message>
    <message>
        <source>Seats in subscription:</source>
        <translation>Sièges de l&apos;abonnement :</translation>
    </message>
    <message>
        <source>Billable users:</source>
        <translation>Utilisateurs facturables :</translation>
    </message>
    <message>
        <source>Maximum users:</source>
        <translation>Utilisateurs maximum :</translation>
    </message>
    <message>
        <source>Users over subscription:</source>
        <translation>Utilisateurs en excédent :</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Synchronize subscription…</source>
        <translation>Synchroniser l&apos;abonnement…</translation>
    </message>
    <message>
        <source>Synchronize subscription</source>
        <translation>Synchroniser l&apos;abonnement</translation>
    </message>
    <message>
        <source>GitLab has no API for synchronizing: this opens the subscription page in your browser and watches Last sync until it changes.</source>
        <translation>GitLab n&apos;a pas d&apos;API de synchronisation : ce bouton ouvre la page d&apos;abonnement dans votre navigateur et surveille la date de dernière synchronisation jusqu&apos;à ce qu&apos;elle change.</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Stop watching the last sync</source>
        <translation>Arrêter la surveillance de la dernière synchronisation</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Read the subscription again</source>
        <translation>Relire l&apos;abonnement</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Subscription history</source>
        <translation>Historique de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Subscriptions to come</source>
        <translation>Abonnements à venir</translation>
    </message>
    <message>
        <source>Stopped watching. Last sync: %1.</source>
        <translation>Surveillance arrêtée. Dernière synchronisation : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Watching Last sync for %n more second(s)…</source>
        <translation>
            <numerusform>Surveillance de la dernière synchronisation pendant encore %n seconde…</numerusform>
            <numerusform>Surveillance de la dernière synchronisation pendant encore %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The last read failed: %1</source>
        <translation>La dernière lecture a échoué : %1</translation>
    </message>
    <message>
        <source>The subscription synchronized: Last sync is now %1 (it was %2).</source>
        <translation>L&apos;abonnement a été synchronisé : la dernière synchronisation indique désormais %1 (auparavant : %2).</translation>
    </message>
    <message numerus="yes">
        <source>Last sync did not change within %n minute(s). The synchronization may still be running, or GitLab could not reach its servers (the page in the browser says so); press Read again later.</source>
        <translation>
            <numerusform>La date de dernière synchronisation n&apos;a pas changé en %n minute. La synchronisation est peut-être encore en cours, ou GitLab n&apos;a pas pu joindre ses serveurs (la page dans le navigateur l&apos;indique) ; appuyez sur « Relire » plus tard.</numerusform>
            <numerusform>La date de dernière synchronisation n&apos;a pas changé en %n minutes. La synchronisation est peut-être encore en cours, ou GitLab n&apos;a pas pu joindre ses serveurs (la page dans le navigateur l&apos;indique) ; appuyez sur « Relire » plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: columns</source>
        <translation>%1 : colonnes</translation>
    </message>
    <message>
        <source>%1: rows</source>
        <translation>%1 : lignes</translation>
    </message>
    <message>
        <source>%1: select all</source>
        <translation>%1 : tout sélectionner</translation>
    </message>
    <message>
        <source>Reading the subscription…</source>
        <translation>Lecture de l&apos;abonnement…</translation>
    </message>
    <message>
        <source>%1, trial</source>
        <translation>%1, essai</translation>
    </message>
    <message>
        <source>%1 (this license does not synchronize)</source>
        <translation>%1 (cette licence ne se synchronise pas)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Date d&apos;activation</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>The subscription could not be read: %1</source>
        <translation>L&apos;abonnement n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Read from GitLab at %1.</source>
        <translation>Lu depuis GitLab à %1.</translation>
    </message>
    <message>
        <source>Synchronization does not apply to this license (%1): GitLab synchronizes only online licenses, activated with an activation code. See above for how a purchase reaches it.</source>
        <translation>La synchronisation ne s&apos;applique pas à cette licence (%1) : GitLab ne synchronise que les licences en ligne, activées avec un code d&apos;activation. Voir ci-dessus comment un achat lui parvient.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open %1, press the sync button next to Last sync, then press Read again here.</source>
        <translation>Le navigateur n&apos;a pas pu être ouvert. Ouvrez %1, appuyez sur le bouton de synchronisation à côté de « Last sync », puis appuyez ici sur « Relire ».</translation>
    </message>
    <message>
        <source>GitLab has no API for synchronizing a subscription, so its Subscription page is now open in your browser: press the sync button next to Last sync there. Duo Console watches Last sync (now %1) and says when it changes.</source>
        <translation>GitLab n&apos;a pas d&apos;API pour synchroniser un abonnement : sa page d&apos;abonnement est donc maintenant ouverte dans votre navigateur ; appuyez-y sur le bouton de synchronisation à côté de « Last sync ». Duo Console surveille la date de dernière synchronisation (actuellement : %1) et signale quand elle change.</translation>
    </message>
</context>
<context>
    <name>SubscriptionReader</name>
    <message>
        <source>GitLab did not let this token read the license (an administrator&apos;s token can).</source>
        <translation>GitLab n&apos;a pas permis à ce jeton de lire la licence (le jeton d&apos;un administrateur le peut).</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Le fichier CA %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Le certificat de %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation>Sujet : %1
Émetteur : %2
Valide du %3 au %4
Empreinte SHA-256 : %5</translation>
    </message>
    <message>
        <source>Ask the instance&apos;s administrator to renew or correct the certificate, or check that the URL uses the name the certificate was issued for.</source>
        <translation>Demandez à l&apos;administrateur de l&apos;instance de renouveler ou de corriger le certificat, ou vérifiez que l&apos;URL utilise le nom pour lequel le certificat a été émis.</translation>
    </message>
    <message>
        <source>The certificate is outside its validity period (valid from %1 to %2): ask the instance&apos;s administrator to renew it. A CA file cannot help here.</source>
        <translation>Le certificat est hors de sa période de validité (valide du %1 au %2) : demandez à l&apos;administrateur de l&apos;instance de le renouveler. Un fichier CA n&apos;y changera rien.</translation>
    </message>
    <message>
        <source>The certificate was not issued for %1: check that the URL uses the name the certificate was issued for, or ask the administrator to correct it.</source>
        <translation>Le certificat n&apos;a pas été émis pour %1 : vérifiez que l&apos;URL utilise le nom pour lequel le certificat a été émis, ou demandez à l&apos;administrateur de le corriger.</translation>
    </message>
    <message>
        <source>The CA file %1 is configured for this instance, but it does not hold the authority that signed this certificate: check that it is the right file (duo-console instance edit NAME --ca-file PATH).</source>
        <translation>Le fichier CA %1 est configuré pour cette instance, mais il ne contient pas l&apos;autorité qui a signé ce certificat : vérifiez qu&apos;il s&apos;agit du bon fichier (duo-console instance edit NAME --ca-file PATH).</translation>
    </message>
    <message>
        <source>If your organisation uses its own certificate authority, add its CA file (PEM) in the instance&apos;s settings (duo-console instance edit NAME --ca-file PATH).</source>
        <translation>Si votre organisation utilise sa propre autorité de certification, ajoutez son fichier CA (PEM) dans les paramètres de l&apos;instance (duo-console instance edit NAME --ca-file PATH).</translation>
    </message>
</context>
</TS>
