#!/bin/sh
# Prints the parser's misreads of the labelled corpus, one per line, and the accuracy table
# (CorpusAccuracyTests.CorpusAccuracyReport; needs ../shared/corpus beside the repository).
cd "$(dirname "$0")/../../.." || exit 1
dotnet test tests/DispatchParser.Tests --filter "FullyQualifiedName~CorpusAccuracyTests.CorpusAccuracyReport" \
    --logger "console;verbosity=detailed" 2>&1 \
  | sed -n '/Standard Output Messages:/,$p' | grep -E '^ *(MISREAD|folder|ttc3600|1150haber|saudinews|overall)' | sed 's/^ *//'
