#include "base/Logging.h"

Q_LOGGING_CATEGORY(lcNet, "duo.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "duo.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "duo.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "duo.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "duo.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "duo.ui", QtInfoMsg)
