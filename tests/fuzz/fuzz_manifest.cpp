// libFuzzer target: content.json as staff might write it, read by ManifestReader against the
// sample content folder (so that valid paths resolve and the file checks' references are made).
#include "content.h"
#include "contentpaths.h"
#include "manifestreader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ContentPaths paths(QStringLiteral(ALZHIR_SOURCE_MEDIA_DIR));
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    Content content;
    ManifestReader reader(paths);
    const bool ok = reader.read(json, &content);
    // Invariants: success means no error; every reference resolved inside the folder.
    if (ok == hasErrors(reader.problems()))
        std::abort();
    for (const FileReference& reference : reader.references()) {
        if (!paths.contains(reference.absolutePath) || reference.pointer.isEmpty())
            std::abort();
    }
    for (const ContentProblem& problem : reader.problems()) {
        if (problem.what.isEmpty())
            std::abort();
    }
    return 0;
}
