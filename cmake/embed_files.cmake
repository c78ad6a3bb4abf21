# Writes OUT: the table TABLE of {name, bytes} for each path in FILES (named by file
# name), and its length TABLECount.
set(body "#include \"embedded/assets.h\"\n\nnamespace limber {\nnamespace {\n")
set(table "")
set(index 0)
foreach(path IN LISTS FILES)
  get_filename_component(name ${path} NAME)
  if(name MATCHES "\\.json$")
    # Line breaks and the indentation after them all lie outside strings (JSON allows no
    # raw line break in one), so they go: less for the page to load.
    file(READ ${path} text)
    string(REGEX REPLACE "\n *" "" text "${text}")
    string(HEX "${text}" hex)
  else()
    file(READ ${path} hex HEX)
  endif()
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND body "const unsigned char data${index}[] = {${bytes}0};\n")
  string(APPEND table "    {\"${name}\", {reinterpret_cast<const char*>(data${index}), ${size}}},\n")
  math(EXPR index "${index} + 1")
endforeach()
# Declared extern here too: a namespace-scope const would otherwise be internal.
string(APPEND body "}  // namespace\n\nextern const Asset ${TABLE}[];\nextern const std::size_t ${TABLE}Count;\nconst Asset ${TABLE}[] = {\n${table}};\nconst std::size_t ${TABLE}Count = ${index};\n\n}  // namespace limber\n")
file(WRITE ${OUT} "${body}")
