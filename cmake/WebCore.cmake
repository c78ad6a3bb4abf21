# How a page's core is compiled and linked: one place for the SDL prefix and the link
# flags, shared by the player and the benchmark's floor program so the two compare fairly.
function(limber_web_core target export_name)
  if(NOT EXISTS "${LIMBER_SDL_PREFIX}/lib/libSDL2.a")
    message(FATAL_ERROR "LIMBER_SDL_PREFIX='${LIMBER_SDL_PREFIX}' has no wasm SDL2: run scripts/sdl-wasm")
  endif()
  set(rsp ${PROJECT_SOURCE_DIR}/src/app/web-link.rsp)
  set(pre ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/packed_wasm_pre.js)
  set_target_properties(${target} PROPERTIES SUFFIX .js)
  target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/app/gl_procs_web.cpp)
  # SDL_mixer.h includes "SDL_stdinc.h" and friends without the SDL2/ folder.
  target_include_directories(${target} SYSTEM PRIVATE ${LIMBER_SDL_PREFIX}/include ${LIMBER_SDL_PREFIX}/include/SDL2)
  target_link_libraries(${target} PRIVATE ${LIMBER_SDL_PREFIX}/lib/libSDL2_mixer.a ${LIMBER_SDL_PREFIX}/lib/libSDL2.a)
  target_link_options(${target} PRIVATE
    -sMODULARIZE=1 -sEXPORT_NAME=${export_name} --pre-js ${pre}
    -sENVIRONMENT=web -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1
    # Emscripten's small allocator: 3 KB less gzipped than dlmalloc, with the same frame
    # cost and first frame in the benchmark (docs/performance.md), as a frame allocates
    # little and the start parses the catalog once.
    -sMALLOC=emmalloc
    # Binaryen's size passes run again until they shrink nothing more: about 1 KB less raw.
    -sBINARYEN_EXTRA_PASSES=--converge
    -sEXPORTED_RUNTIME_METHODS=['cwrap','UTF8ToString']
    # Only the Module options the pages pass are read: the glue for the others drops out.
    -sINCOMING_MODULE_JS_API=['canvas','instantiateWasm','onRuntimeInitialized','onAbort','print','printErr']
    # Every browser with DecompressionStream('deflate-raw'), which packed_wasm_pre.js
    # needs, has TextDecoder: its fallback and older browsers' workarounds drop out.
    -sTEXTDECODER=2 -sMIN_CHROME_VERSION=103 -sMIN_FIREFOX_VERSION=113 -sMIN_SAFARI_VERSION=160400 -sMIN_EDGE_VERSION=103
    # The SDL port normally pulls in two JS helpers; without them opening audio throws.
    # A response file, because CMake's link script would mangle their '$' names. It also
    # keeps emscripten from enabling every WebGL extension the browser has when the
    # context is made (SDL's GLES2 renderer uses none): in software GL that took 50 to
    # 80 ms of the page's start.
    @${rsp})
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${rsp} ${pre})
  # One file still, for file:// (Chromium fetches no .wasm there), but with the wasm
  # deflated before it is base64-encoded: a third smaller than -sSINGLE_FILE. The
  # caller ships ${target}_packed.
  set(packed ${CMAKE_CURRENT_BINARY_DIR}/${target}.packed.js)
  find_program(LIMBER_NODE node REQUIRED)
  add_custom_command(OUTPUT ${packed}
    COMMAND ${LIMBER_NODE} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/pack_wasm.mjs $<TARGET_FILE:${target}>
            $<TARGET_FILE_DIR:${target}>/$<TARGET_FILE_BASE_NAME:${target}>.wasm ${packed}
    DEPENDS ${target} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/pack_wasm.mjs ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/minify_js.mjs
    COMMENT "Packing the wasm of ${target} into its script"
    VERBATIM)
  set(${target}_packed ${packed} PARENT_SCOPE)
endfunction()
