# sqlcipher3 ships no type information. Its `dbapi2` module is the standard library's sqlite3
# DB-API built against SQLCipher, with the same classes and functions: type it as sqlite3.
