# Writes OUT: the table TABLE of {name, bytes} for each path in FILES (named by file
# name), and its length TABLECount.
set(body "#include \"embedded/assets.h\"\n\nnamespace limber {\nnamespace {\n")
set(table "")
set(index 0)
foreach(path IN LISTS FILES)
  get_filename_component(name ${path} NAME)
  file(READ ${path} hex HEX)
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
