/** The words of changing the notebook's key, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { keyChangeEn } from './key-change.en';

export const keyChangeEs: Words<typeof keyChangeEn> = {
  settings: {
    title: 'Cambiar la llave del cuaderno',
    when: 'Cambia la llave si alguien pudo ver tu frase de contraseña o tu código de recuperación, o si se perdió una laptop, una memoria USB o una copia de seguridad.',
    what: 'Cada registro se vuelve a cerrar con una llave nueva. Eliges una frase de contraseña nueva y recibes un código de recuperación nuevo que reemplaza al anterior. La llave de recuperación de tu agencia sigue funcionando.',
    otherComputers: 'Las otras computadoras que sincronizan este cuaderno te pedirán una vez la frase de contraseña nueva.',
    backups:
      'Las copias de seguridad hechas antes se siguen abriendo con la frase de contraseña y el código de recuperación anteriores. Haz una copia nueva cuando la llave cambie, y destruye las anteriores.',
    passphrase: 'Tu frase de contraseña actual',
    newPassphrase: 'Frase de contraseña nueva',
    start: 'Cambiar la llave',
    preparing: 'Creando una llave nueva. Esto tarda unos segundos.',
  },
  newCode: {
    title: 'Tu código de recuperación nuevo',
    intro:
      'Este código reemplaza al anterior, que deja de funcionar cuando la llave cambia. Se muestra solo esta vez. Escríbelo o imprímelo, guárdalo en un lugar seguro y privado, y destruye el anterior.',
    confirm: 'Cambiar la llave ahora',
    cancel: 'Ahora no',
    starting: 'Empezando el cambio',
  },
  progress: {
    title: 'Cambiando la llave de tu cuaderno',
    intro:
      'Cada registro se está cerrando otra vez con la llave nueva. Puedes dejarlo trabajando; tu cuaderno estará listo cuando termine.',
    label: 'Cuánto lleva el cambio de llave',
    counted: '{{done}} de {{total}} registros y entradas del historial ({{percent}}%)',
    stopped: 'El cambio de llave se pausó. No se perdió nada, y sigue desde donde se quedó.',
    tryAgain: 'Seguir',
    doneTitle: 'Tu cuaderno tiene una llave nueva',
    doneHere:
      'Desde ahora usa tu código de recuperación nuevo. Haz una copia de seguridad nueva ahora, y destruye las copias hechas antes.',
    doneAdopted:
      'La llave se cambió en otra computadora, y esta computadora ya la usa también. El código de recuperación cambió allá: usa el nuevo de esa computadora.',
    carryOn: 'Volver a mi cuaderno',
  },
  adopt: {
    title: 'La llave de este cuaderno se cambió en otra computadora',
    body: 'Escribe la frase de contraseña nueva que se eligió allá para seguir sincronizando. Entonces todo lo de aquí se cierra otra vez con la llave nueva, y desde ese momento la frase nueva abre este cuaderno. El código de recuperación nuevo es el que se mostró en esa computadora.',
    passphrase: 'La frase de contraseña nueva',
    go: 'Seguir sincronizando',
    later: 'Ahora no',
    working: 'Abriendo la llave nueva',
    needed:
      'La llave de este cuaderno se cambió en otra computadora. Elige Sincronizar ahora y escribe la frase de contraseña nueva que se eligió allá para seguir sincronizando.',
  },
};
