// no tests here: reported by its file name
