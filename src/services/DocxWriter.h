#pragma once

#include "domain/Result.h"
#include "services/OutputDocument.h"

#include <QByteArray>

namespace planner {

/// Writes an OutputDocument as a Word document (Office Open XML, ECMA-376),
/// with QXmlStreamWriter into a ZipPackage: named paragraph, character and
/// table styles (Title, Heading 1, Table Text, Planner Table, ...), fonts
/// for every script (w:ascii/w:hAnsi for Latin and Cyrillic, w:eastAsia for
/// Hangul), real tables with a header row repeated on every page
/// (w:tblHeader) and rows that do not split (w:cantSplit), the page size
/// and orientation, a running header on every page but the first, and a
/// footer with PAGE and NUMPAGES fields. Debian 12 has no C or C++ library
/// that writes DOCX, so this small writer is kept in one place.
class DocxWriter {
public:
    static Result<QByteArray> write(const OutputDocument& document);
};

}  // namespace planner
