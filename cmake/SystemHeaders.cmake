# Header-only libraries come from Debian's -dev packages in /usr/include. The wasm
# build cannot put /usr/include itself on its path (glibc's headers would shadow
# Emscripten's libc), so each library's folder is linked into the build tree.
set(LIMBER_SYSTEM_HEADERS ${CMAKE_BINARY_DIR}/system-headers)
foreach(lib doctest nlohmann stb glm)
  if(NOT EXISTS /usr/include/${lib})
    message(FATAL_ERROR "/usr/include/${lib} is missing: run scripts/deps")
  endif()
  file(MAKE_DIRECTORY ${LIMBER_SYSTEM_HEADERS})
  file(CREATE_LINK /usr/include/${lib} ${LIMBER_SYSTEM_HEADERS}/${lib} SYMBOLIC)
endforeach()

add_library(limber_system_headers INTERFACE)
target_include_directories(limber_system_headers SYSTEM INTERFACE ${LIMBER_SYSTEM_HEADERS})
# The core never throws: a JSON error must come back as a value, in wasm and natively alike.
target_compile_definitions(limber_system_headers INTERFACE JSON_NOEXCEPTION)
