#pragma once

#include <QLoggingCategory>

// One category per module. Enable with QT_LOGGING_RULES, e.g. "alzhir.search.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
