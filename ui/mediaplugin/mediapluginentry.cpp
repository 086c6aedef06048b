// The two functions the kiosk looks up in alzhir-media.so (see MediaPlugin): plain C, so that the
// lookup needs no C++ name. Everything else the plugin uses of the program (MediaEngine, the
// alzhir.media log) the program exports to it: ui/mediaplugin/hostsymbols.list.
#include "qtmediaengine.h"

extern "C" {

// The kiosk refuses a plugin from another version (a package upgrade while the kiosk runs): the
// MediaEngine it was built against may differ.
Q_DECL_EXPORT const char* alzhirMediaPluginVersion()
{
    return ALZHIR_VERSION;
}

// A new engine on Qt Multimedia; the caller owns it.
Q_DECL_EXPORT MediaEngine* alzhirCreateMediaEngine()
{
    return new QtMediaEngine;
}

} // extern "C"
