# The same DB-API as the standard library's sqlite3 (sqlcipher3 is its fork against SQLCipher).
from sqlite3 import *
