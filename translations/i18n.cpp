// The compiled translations (.qm) are embedded in this library as resources under :/i18n.
// This file exists so that the library has a translation unit of its own.
namespace {
[[maybe_unused]] constexpr int alzhirI18nAnchor = 0;
}
