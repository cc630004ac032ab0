<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>GitLab is rate limiting requests and asks to wait until %1 (%n minute(s)). Try again then.</source>
        <translation>
            <numerusform>GitLab is rate limiting requests and asks to wait until %1 (%n minute). Try again then.</numerusform>
            <numerusform>GitLab is rate limiting requests and asks to wait until %1 (%n minutes). Try again then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCommands</name>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan (%n step(s)); nothing was sent:</source>
        <translation>
            <numerusform>Plan (%n step); nothing was sent:</numerusform>
            <numerusform>Plan (%n steps); nothing was sent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflict with the server and need a decision.</source>
        <translation>
            <numerusform>%n change conflict with the server and need a decision.</numerusform>
            <numerusform>%n changes conflict with the server and need a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>Discarded %n change.</numerusform>
            <numerusform>Discarded %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature setting(s)</source>
        <translation>
            <numerusform>%n feature setting</numerusform>
            <numerusform>%n feature settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeatureDialogs</name>
    <message numerus="yes">
        <source>%n feature(s) set to %1; the change waits in Pending changes.</source>
        <translation>
            <numerusform>%n feature set to %1; the change waits in Pending changes.</numerusform>
            <numerusform>%n features set to %1; the change waits in Pending changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One model for the %n selected feature(s):</source>
        <translation>
            <numerusform>One model for the %n selected feature:</numerusform>
            <numerusform>One model for the %n selected features:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceCapabilities</name>
    <message numerus="yes">
        <source>The token expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>The token expires in %n day, on %1.</numerusform>
            <numerusform>The token expires in %n days, on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelDeletion</name>
    <message numerus="yes">
        <source>You are about to delete %n self-hosted models: %1. This action cannot be undone.</source>
        <translation>
            <numerusform>You are about to delete %n self-hosted model: %1. This action cannot be undone.</numerusform>
            <numerusform>You are about to delete %n self-hosted models: %1. This action cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesPane</name>
    <message numerus="yes">
        <source>Pushing %n step(s)…</source>
        <translation>
            <numerusform>Pushing %n step…</numerusform>
            <numerusform>Pushing %n steps…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushOutcome</name>
    <message numerus="yes">
        <source>%n change(s) pushed</source>
        <translation>
            <numerusform>%n change pushed</numerusform>
            <numerusform>%n changes pushed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupCheck</name>
    <message numerus="yes">
        <source>%n probe(s) passed.</source>
        <translation>
            <numerusform>%n probe passed.</numerusform>
            <numerusform>%n probes passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupReport</name>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionCommand</name>
    <message numerus="yes">
        <source>%1 to %2  %3, %4, %n seat(s)</source>
        <translation>
            <numerusform>%1 to %2  %3, %4, %n seat</numerusform>
            <numerusform>%1 to %2  %3, %4, %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionPane</name>
    <message numerus="yes">
        <source>Watching Last sync for %n more second(s)…</source>
        <translation>
            <numerusform>Watching Last sync for %n more second…</numerusform>
            <numerusform>Watching Last sync for %n more seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync did not change within %n minute(s). The synchronization may still be running, or GitLab could not reach its servers (the page in the browser says so); press Read again later.</source>
        <translation>
            <numerusform>Last sync did not change within %n minute. The synchronization may still be running, or GitLab could not reach its servers (the page in the browser says so); press Read again later.</numerusform>
            <numerusform>Last sync did not change within %n minutes. The synchronization may still be running, or GitLab could not reach its servers (the page in the browser says so); press Read again later.</numerusform>
        </translation>
    </message>
</context>
</TS>
