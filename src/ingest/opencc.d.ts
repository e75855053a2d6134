// opencc-js ships its dictionaries as ES modules whose default export is the table text ("萬 万|…").
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/STCharacters' {
  const table: string;
  export default table;
}
