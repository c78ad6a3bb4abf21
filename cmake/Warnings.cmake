# Project code compiles warning-free; third-party code (SDL, headers from Debian) is not held to it.
function(limber_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()
