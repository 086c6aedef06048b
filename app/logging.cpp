#include "logging.h"

Q_LOGGING_CATEGORY(lcContent, "alzhir.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "alzhir.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "alzhir.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKiosk, "alzhir.kiosk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "alzhir.ui", QtInfoMsg)
