import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Filer', submenu: [{ role: 'quit', label: 'Afslut' }] },
    {
      label: 'Redigér',
      submenu: [
        { role: 'undo', label: 'Fortryd' }, { role: 'redo', label: 'Gentag' }, { type: 'separator' },
        { role: 'cut', label: 'Klip' }, { role: 'copy', label: 'Kopiér' }, { role: 'paste', label: 'Sæt ind' }, { role: 'selectAll', label: 'Markér alt' },
      ],
    },
    { label: 'Vis', submenu: [{ role: 'reload', label: 'Genindlæs' }, { role: 'resetZoom', label: 'Normal størrelse' }, { role: 'zoomIn', label: 'Zoom ind' }, { role: 'zoomOut', label: 'Zoom ud' }, { role: 'togglefullscreen', label: 'Fuld skærm' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
