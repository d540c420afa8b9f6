/// libxml2's HTML push parser, its SAX handler and its encoding handlers (iconv underneath).
/// parserInternals.h is needed for `xmlSwitchToEncoding`, the only 2.9-era way to impose an encoding
/// on a push parser before the first chunk.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>
#include <libxml/xmlversion.h>

#endif
