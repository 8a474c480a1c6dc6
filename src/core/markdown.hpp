// Markdown inputs (.md, .markdown): the parts that are not prose are blanked before linting —
// YAML front matter, fenced code blocks, code spans, HTML comments, HTML tags (not their
// content), link and image targets, reference definitions, autolinks and bare URLs. Blanking writes a space over every byte and keeps
// newlines, so offsets, lines and columns stay those of the .md file. A `cmlint:` directive
// inside an HTML comment (<!-- cmlint: disable-next-line … -->) is kept, so it works.
#pragma once
#include <string>
#include <string_view>

namespace cmlint {

bool is_markdown_path(std::string_view path);

// The text to lint: same length as `md`, newlines where `md` has them.
std::string mask_markdown(std::string_view md);

}  // namespace cmlint
