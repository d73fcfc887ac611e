#pragma once

#include "domain/Result.h"
#include "services/OutputDocument.h"

#include <QByteArray>

namespace planner {

/// Writes an OutputDocument as an OpenDocument text (ODF 1.2, .odt) with
/// QXmlStreamWriter into a ZipPackage: named paragraph and text styles
/// (Title, Heading 1, Table Contents, Table Heading, Strong Emphasis, ...)
/// with fonts for Latin and Cyrillic and an Asian font for Hangul, tables
/// whose header row is repeated on every page (table:table-header-rows) and
/// whose rows do not split (fo:keep-together), the page size and
/// orientation, a running header on every page but the first ("First Page"
/// master page), and a footer with page-number and page-count fields.
///
/// Qt's QTextDocumentWriter writes ODT too, but only content.xml: no page
/// size, no header or footer, no repeated header rows and only automatic
/// styles ("p12"), so it does not serve here.
class OdtWriter {
public:
    static Result<QByteArray> write(const OutputDocument& document);
};

}  // namespace planner
