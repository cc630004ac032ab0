#pragma once

#include "Simulator.h"

#include <QtTest>

// A test that needs the GitLab simulator says why it skips when Node.js was not found.
#define DUO_REQUIRE_SIMULATOR()                                                                    \
    do {                                                                                           \
        if (!Simulator::available())                                                               \
            QSKIP("Node.js was not found when the tests were configured: no GitLab simulator");    \
    } while (false)

// ... and one that also needs the keychain, when it is not run through tests/run.sh.
#define DUO_REQUIRE_SIMULATOR_AND_KEYRING()                                                        \
    do {                                                                                           \
        DUO_REQUIRE_SIMULATOR();                                                                   \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                               \
            QSKIP("no session bus with a keyring: run the tests through tests/run.sh");            \
    } while (false)
