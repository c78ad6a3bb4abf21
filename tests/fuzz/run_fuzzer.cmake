# Runs one fuzzer and prints only its verdict and run count (libFuzzer's progress
# lines run to thousands); on a finding it prints everything and fails.
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
          ${FUZZER} -runs=1000000 -max_total_time=${SECONDS} -timeout=5 -max_len=${MAX_LEN} -dict=${DICT}
          -print_final_stats=1 ${WORK} ${SEEDS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} found a problem (exit ${rc}):\n${out}")
endif()
string(REGEX MATCH "Done [0-9]+ runs in [0-9]+ second\\(s\\)" done "${out}")
string(REGEX MATCH "stat::peak_rss_mb:[ ]*[0-9]+" rss "${out}")
string(REGEX MATCH "Dictionary: [0-9]+ entries" dict "${out}")
if(NOT done OR NOT dict)
  message(FATAL_ERROR "${FUZZER} did not report its runs and dictionary:\n${out}")
endif()
message("${FUZZER}: ${done}, zero crashes, zero sanitizer reports (${dict}; ${rss})")
